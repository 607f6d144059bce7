package os

// The system interface, defined by the runtime (runtime/stdlib.cpp) under
// the names os.runtime_argc, os.write, ... Results below zero are -errno.
// Strings and scalars only: those are passed the same way by golc and by
// C++ (docs/runtime-abi.md).

// runtime_argc returns the number of command-line arguments.
func runtime_argc() int

// runtime_argv returns command-line argument i (0 <= i < runtime_argc()).
func runtime_argv(i int) string

// runtime_envc returns the number of entries of the process environment.
func runtime_envc() int

// runtime_envv returns entry i of the process environment, "KEY=value".
func runtime_envv(i int) string

// runtime_exit ends the process with status code.
func runtime_exit(code int)

// write writes up to n bytes from p to fd and returns how many.
func write(fd int, p *byte, n int) int

// writeString writes up to len(s) bytes of s to fd and returns how many.
func writeString(fd int, s string) int

// read reads up to n bytes from fd into p and returns how many, 0 at the
// end of the file.
func read(fd int, p *byte, n int) int

// open opens path with the open(2) flags and mode; returns the descriptor.
func open(path string, flags int, mode int) int

// closeFd closes fd; returns 0.
func closeFd(fd int) int
