"""vnplan: Vietnamese government plan documents → verifiable tables.

Data flows one way: files → pages → normalized text → structure → entities → tables.
Each stage lives in its own module; ``pipeline.document.extract_document`` composes them.
"""

__version__ = "0.3.0"
