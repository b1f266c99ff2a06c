"""The version of framing, in one place (the package and every manifest it writes read it)."""

__version__ = "0.1.0"
