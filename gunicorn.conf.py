"""gunicorn's own settings for this site, read from the folder gunicorn
starts in (the project's root). The command line gives the rest (`--workers`,
`--bind`: README, "Starting the site in production")."""

import ctypes
import ctypes.util

# Making an image rendition (an AVIF above all) has the encoder hold tens of
# MB for a moment. glibc's malloc raises its mmap threshold each time such a
# block is freed, so the next ones come from the heap, which it rarely gives
# back: a worker would keep the peak of every rendition it ever made (three
# AVIF renditions left a process at 165 MB instead of 136). A fixed threshold
# keeps blocks over 128 KB in mappings of their own, returned when freed.
# Set in the master before it forks, so every worker has it.
M_MMAP_THRESHOLD = -3
_mallopt = getattr(ctypes.CDLL(ctypes.util.find_library("c")), "mallopt", None)
if _mallopt is not None:  # glibc only
    _mallopt(M_MMAP_THRESHOLD, 128 * 1024)
