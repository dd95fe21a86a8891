/*
 * Preloaded into the Tesseract subprocess (LD_PRELOAD) by pipeline/ocr.py.
 *
 * Tesseract 5 keeps every text line image it recognizes as an in-memory PNG (its ImageData
 * class writes the line with Leptonica's pixWriteMem(..., IFF_PNG) and decodes it again for
 * the LSTM).  Compressing those PNGs with zlib takes ~15 % of Tesseract's time on a 300-dpi
 * page, for images that never leave the process.  This library makes libpng store them
 * uncompressed (zlib level 0).  PNG is lossless at any level, so Tesseract reads the same
 * pixels and writes the same text, boxes and confidences (tests/test_ocr.py checks this);
 * only time changes.  Nothing else in Tesseract writes PNG when it outputs TSV.
 *
 * Built on first use by pipeline/resources.py (png_store_library) into the user's cache folder:
 *   cc -O2 -shared -fPIC -o libvnplan_png_store-<hash>.so png_store.c -ldl
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stddef.h>

typedef void (*set_compression_level_fn)(void *png_ptr, int level);

void png_set_compression_level(void *png_ptr, int level)
{
    static set_compression_level_fn libpng_own = NULL;
    (void)level;
    if (libpng_own == NULL)
        libpng_own = (set_compression_level_fn)dlsym(RTLD_NEXT, "png_set_compression_level");
    if (libpng_own != NULL)
        libpng_own(png_ptr, 0);
}
