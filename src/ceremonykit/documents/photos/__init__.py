"""The photo pipeline: every published copy of a stored photo (press package, newsroom,
social media cards) is made here – upright, sRGB, credited in IPTC, XMP and EXIF, without GPS,
serial numbers or embedded previews. The stored original is never changed."""
