"""The cleaning steps; annotate.cleaning.pipeline imports every module here to register them."""
