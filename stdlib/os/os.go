// Package os is the program's interface to the operating system, as Go's
// package os: the command line (Args), the environment (Getenv,
// LookupEnv, Environ, Setenv, Unsetenv), Exit, and files (Stdin, Stdout,
// Stderr, Open, Create, OpenFile, ReadFile, WriteFile) with Read, Write,
// WriteString and Close.
//
// The system calls are made by the runtime (runtime/stdlib.cpp) through
// the body-less functions of sys.go; a call that may block releases the
// goroutine's P for its duration, so other goroutines keep running.
//
// Missing from Go's API: directories, file metadata (Stat), Seek,
// processes (StartProcess, Getpid, ...) and signals; errors carry Go's
// messages for the common errnos only (others print as "errno N").
package os

import (
	"errors"
	"io"
)

// Args hold the command-line arguments, starting with the program name.
var Args []string

func init() {
	n := runtime_argc()
	Args = make([]string, n)
	for i := 0; i < n; i++ {
		Args[i] = runtime_argv(i)
	}
}

// Exit ends the program at once with the given status (0: success), on
// every goroutine, without running deferred functions.
func Exit(code int) {
	runtime_exit(code)
}

// Errors that file operations return wrapped in a *PathError; compare
// with errors.Is.
var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)

// A PathError records the operation and the file path that failed.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

// Unwrap returns the underlying error.
func (e *PathError) Unwrap() error { return e.Err }

// An errno is a system call's error number (Go's syscall.Errno).
type errno int

func (e errno) Error() string {
	switch e {
	case 1:
		return "operation not permitted"
	case 2:
		return "no such file or directory"
	case 4:
		return "interrupted system call"
	case 5:
		return "input/output error"
	case 9:
		return "bad file descriptor"
	case 11:
		return "resource temporarily unavailable"
	case 12:
		return "cannot allocate memory"
	case 13:
		return "permission denied"
	case 17:
		return "file exists"
	case 20:
		return "not a directory"
	case 21:
		return "is a directory"
	case 22:
		return "invalid argument"
	case 24:
		return "too many open files"
	case 27:
		return "file too large"
	case 28:
		return "no space left on device"
	case 30:
		return "read-only file system"
	case 32:
		return "broken pipe"
	case 36:
		return "file name too long"
	case 40:
		return "too many levels of symbolic links"
	}
	return "errno " + itoa(int(e))
}

// Is makes errors.Is(err, ErrNotExist) and its kin true for the matching
// errnos, as Go's syscall.Errno does.
func (e errno) Is(target error) bool {
	switch target {
	case ErrPermission:
		return e == 1 || e == 13
	case ErrExist:
		return e == 17 || e == 39
	case ErrNotExist:
		return e == 2
	}
	return false
}

func itoa(v int) string {
	if v == 0 {
		return "0"
	}
	neg := v < 0
	if neg {
		v = -v
	}
	var b [20]byte
	i := len(b)
	for v > 0 {
		i--
		b[i] = byte('0' + v%10)
		v /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// File is an open file descriptor.
type File struct {
	fd   int
	name string
}

// Stdin, Stdout and Stderr are the standard input, output and error.
var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

// NewFile returns a File for the open descriptor fd (nil if fd < 0).
func NewFile(fd uintptr, name string) *File {
	if int(fd) < 0 {
		return nil
	}
	return &File{int(fd), name}
}

// Name returns the name the file was opened with.
func (f *File) Name() string { return f.name }

// Fd returns the file's descriptor.
func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

func (f *File) checkValid(op string) error {
	if f == nil {
		return ErrInvalid
	}
	if f.fd < 0 {
		return &PathError{op, f.name, ErrClosed}
	}
	return nil
}

// Write writes len(b) bytes to the file, and returns how many it wrote;
// an error if that is fewer.
func (f *File) Write(b []byte) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	for n < len(b) {
		m := write(f.fd, &b[n], len(b)-n)
		if m < 0 {
			return n, &PathError{"write", f.name, errno(-m)}
		}
		n += m
	}
	return n, nil
}

// WriteString is Write of the bytes of s.
func (f *File) WriteString(s string) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	for n < len(s) {
		m := writeString(f.fd, s[n:])
		if m < 0 {
			return n, &PathError{"write", f.name, errno(-m)}
		}
		n += m
	}
	return n, nil
}

// Read reads up to len(b) bytes into b; at the end of the file it
// returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if len(b) == 0 {
		return 0, nil
	}
	n = read(f.fd, &b[0], len(b))
	if n < 0 {
		return 0, &PathError{"read", f.name, errno(-n)}
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

// Close closes the file; a second Close is an error.
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.fd < 0 {
		return &PathError{"close", f.name, ErrClosed}
	}
	e := closeFd(f.fd)
	f.fd = -1
	if e < 0 {
		return &PathError{"close", f.name, errno(-e)}
	}
	return nil
}

// The flags of OpenFile (Linux's values); O_RDONLY, O_WRONLY or O_RDWR,
// or-ed with any of the others.
const (
	O_RDONLY int = 0x0
	O_WRONLY int = 0x1
	O_RDWR   int = 0x2
	O_APPEND int = 0x400
	O_CREATE int = 0x40
	O_EXCL   int = 0x80
	O_SYNC   int = 0x101000
	O_TRUNC  int = 0x200
)

// A FileMode is a file's permission bits (the rest of Go's FileMode is
// missing).
type FileMode uint32

// OpenFile opens name with flag (O_RDONLY etc.) and, if it is created,
// the permissions perm (before the umask).
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	fd := open(name, flag|0x80000, int(perm&0777)) // O_CLOEXEC, as Go
	if fd < 0 {
		return nil, &PathError{"open", name, errno(-fd)}
	}
	return &File{fd, name}, nil
}

// Open opens name for reading.
func Open(name string) (*File, error) {
	return OpenFile(name, O_RDONLY, 0)
}

// Create creates or truncates name (mode 0666 before the umask) and opens
// it for reading and writing.
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

// ReadFile returns the contents of the file name.
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	data, err := io.ReadAll(f)
	f.Close()
	return data, err
}

// WriteFile writes data to the file name, creating it with perm if needed
// and truncating it otherwise.
func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err1 != nil && err == nil {
		err = err1
	}
	return err
}
