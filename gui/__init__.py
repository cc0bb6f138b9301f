"""The PySide6 desktop window: thin views over ``annotate``'s operations."""
