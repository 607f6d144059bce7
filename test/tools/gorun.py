#!/usr/bin/env python3
"""Builds a Go program with golc, runs it, prints what it did; and, where gc
(`go`) is installed, runs the same program under gc and fails if the two
behave differently.

Output (what the lit test FileChecks or diffs): the program's stdout, then
its stderr, then `[exit status N]` when N is not 0.

The differential check compares stdout and exit status exactly, and stderr
exactly up to the first goroutine traceback line (`goroutine N [...]:`), after
which addresses and paths legitimately differ; in that line N is not
compared, as gc's own runtime goroutines take goroutine ids that golc's
runtime does not use. Without gc it prints
`differential check skipped: go not installed` on stderr, so the skip is said.

usage: gorun.py --golc PATH [--no-gc] [--stdin FILE] [--env K=V]... prog.go... [-- args...]
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

TIMEOUT = 120


def run(cmd, stdin_data, env):
    p = subprocess.run(cmd, input=stdin_data, capture_output=True,
                       timeout=TIMEOUT, env=env)
    return p.stdout, p.stderr, p.returncode


def until_traceback(err):
    lines = err.split(b"\n")
    out = []
    for line in lines:
        if re.match(rb"^goroutine \d+ \[", line):
            out.append(re.sub(rb"^goroutine \d+", b"goroutine N", line))
            break
        out.append(line)
    return b"\n".join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--golc", required=True)
    ap.add_argument("--no-gc", action="store_true",
                    help="skip the differential check (output differs by design)")
    ap.add_argument("--stdin")
    ap.add_argument("--env", action="append", default=[])
    ap.add_argument("--golc-flag", action="append", default=[])
    ap.add_argument("files", nargs="+")
    argv = sys.argv[1:]
    prog_args = []
    if "--" in argv:
        i = argv.index("--")
        argv, prog_args = argv[:i], argv[i + 1:]
    opts = ap.parse_args(argv)

    stdin_data = open(opts.stdin, "rb").read() if opts.stdin else b""
    env = dict(os.environ)
    for kv in opts.env:
        k, v = kv.split("=", 1)
        env[k] = v

    with tempfile.TemporaryDirectory() as tmp:
        exe = os.path.join(tmp, "prog")
        b = subprocess.run([opts.golc, "build", *opts.golc_flag, "-o", exe, *opts.files],
                           capture_output=True)
        if b.returncode != 0:
            sys.stderr.write("golc build failed (exit %d):\n" % b.returncode)
            sys.stderr.buffer.write(b.stderr)
            return 1
        out, err, rc = run([exe, *prog_args], stdin_data, env)

        sys.stdout.buffer.write(out)
        sys.stdout.buffer.write(err)
        if rc != 0:
            sys.stdout.write("[exit status %d]\n" % (rc if rc >= 0 else 128 - rc))
        sys.stdout.flush()

        if opts.no_gc:
            return 0
        go = shutil.which("go")
        if not go:
            sys.stderr.write("differential check skipped: go not installed\n")
            return 0
        gcexe = os.path.join(tmp, "prog-gc")
        genv = dict(env)
        genv.setdefault("GOCACHE", os.path.join(tmp, "gocache"))
        genv["GO111MODULE"] = "off"
        gb = subprocess.run([go, "build", "-o", gcexe, *[os.path.abspath(f) for f in opts.files]],
                            capture_output=True, env=genv, cwd=tmp)
        if gb.returncode != 0:
            sys.stderr.write("gc could not build the program:\n")
            sys.stderr.buffer.write(gb.stderr)
            return 1
        gout, gerr, grc = run([gcexe, *prog_args], stdin_data, env)
        problems = []
        if gout != out:
            problems.append(("stdout", gout, out))
        if until_traceback(gerr) != until_traceback(err):
            problems.append(("stderr", until_traceback(gerr), until_traceback(err)))
        if grc != rc:
            problems.append(("exit status", str(grc).encode(), str(rc).encode()))
        for what, want, got in problems:
            sys.stderr.write("differential check failed: %s differs from gc's\n" % what)
            sys.stderr.write("--- gc:\n")
            sys.stderr.buffer.write(want[:4000] + b"\n")
            sys.stderr.write("--- golc:\n")
            sys.stderr.buffer.write(got[:4000] + b"\n")
        return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
