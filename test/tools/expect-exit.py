#!/usr/bin/env python3
"""expect-exit.py N cmd args...: runs cmd, passes its stdout/stderr through,
and exits 0 only if cmd exited with status N (else 1, saying what it got).
lit's `not` only tells zero from non-zero; golc's statuses (1 diagnostics,
2 usage) are part of its interface and tested exactly."""
import subprocess
import sys

want = int(sys.argv[1])
p = subprocess.run(sys.argv[2:])
if p.returncode != want:
    sys.stderr.write("expect-exit: %s exited %d, want %d\n" % (sys.argv[2], p.returncode, want))
    sys.exit(1)
