/*
 * Preloaded into the Tesseract subprocess (LD_PRELOAD) by pipeline/ocr.py, or loaded into the
 * worker itself (RTLD_GLOBAL, before libtesseract) when Tesseract runs in-process.
 *
 * Tesseract 5 keeps every text line image it recognizes as an in-memory PNG (its ImageData
 * class writes the line with Leptonica's pixWriteMem(..., IFF_PNG) and decodes it again for
 * the LSTM).  Compressing those PNGs with zlib takes ~15 % of Tesseract's time on a 300-dpi
 * page, for images that never leave the process.  This library makes libpng store them
 * uncompressed (zlib level 0).  PNG is lossless at any level, so Tesseract reads the same
 * pixels and writes the same text, boxes and confidences (tests/test_ocr.py checks this);
 * only time changes.  Nothing else in Tesseract writes PNG when it outputs TSV.
 *
 * Only Leptonica's calls are changed: the call goes on to the libpng the caller is linked
 * with, found from the caller's own address (dladdr), with level 0 for Leptonica and the
 * caller's level for anyone else.  Loaded into the worker, the library is in the global scope,
 * and a library loaded later with its own libpng (a wheel's bundled copy) would otherwise have
 * its calls turned to another libpng's function.
 *
 * Built on first use by pipeline/resources.py (png_store_library) into the user's cache folder:
 *   cc -O2 -shared -fPIC -o libvnplan_png_store-<hash>.so png_store.c -ldl
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stddef.h>
#include <string.h>

typedef void (*set_compression_level_fn)(void *png_ptr, int level);

void png_set_compression_level(void *png_ptr, int level)
{
    Dl_info caller;
    set_compression_level_fn own = NULL;
    void *object;

    if (dladdr(__builtin_return_address(0), &caller) == 0 || caller.dli_fname == NULL)
        return; /* unknown caller: leave libpng's default level */
    object = dlopen(caller.dli_fname, RTLD_LAZY | RTLD_NOLOAD);
    if (object != NULL) {
        /* the caller's object and its dependencies: its own libpng, never this library */
        own = (set_compression_level_fn)dlsym(object, "png_set_compression_level");
        dlclose(object);
    }
    if (own == NULL || own == png_set_compression_level)
        return;
    own(png_ptr, strstr(caller.dli_fname, "liblept") != NULL ? 0 : level);
}
