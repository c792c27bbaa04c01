"""The Textual interface: composes the core modules, adds no logic of its own."""
