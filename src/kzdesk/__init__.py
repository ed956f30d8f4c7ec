"""kzdesk — offline reference desk for the National Report on Combating Corruption in Kazakhstan, edition by edition."""

__version__ = "0.1.0"
