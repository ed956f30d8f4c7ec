"""kzdesk — offline reference desk for the 2020 National Report on Combating Corruption in Kazakhstan."""

__version__ = "0.1.0"
