"""Press materials shared by the Medieninformation, the newsroom article and the photo package."""
