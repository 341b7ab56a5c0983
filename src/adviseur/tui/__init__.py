"""The Textual app: the only package that imports textual.

Screens and widgets talk to the engine, the search index and the store through their public
APIs only; no domain logic lives here.
"""
