package os

// The environment is read from the process's environ once, on first use;
// Setenv and Unsetenv change this copy only (there is no C code in a golc
// program that could read the other).
var (
	env       []string // "KEY=value" entries
	envLoaded bool
)

func loadEnv() {
	if envLoaded {
		return
	}
	envLoaded = true
	n := runtime_envc()
	env = make([]string, 0, n)
	for i := 0; i < n; i++ {
		env = append(env, runtime_envv(i))
	}
}

// lookupEnv returns the index in env of key's entry, or -1.
func lookupEnv(key string) int {
	loadEnv()
	for i, kv := range env {
		if len(kv) > len(key) && kv[len(key)] == '=' && kv[:len(key)] == key {
			return i
		}
	}
	return -1
}

// Getenv returns the value of the environment variable key, "" if it is
// not set.
func Getenv(key string) string {
	v, _ := LookupEnv(key)
	return v
}

// LookupEnv returns the value of the environment variable key and whether
// it is set (possibly to "").
func LookupEnv(key string) (string, bool) {
	i := lookupEnv(key)
	if i < 0 {
		return "", false
	}
	return env[i][len(key)+1:], true
}

// Setenv sets the environment variable key to value.
func Setenv(key, value string) error {
	if len(key) == 0 {
		return &SyscallError{"setenv", errno(22)}
	}
	for i := 0; i < len(key); i++ {
		if key[i] == '=' || key[i] == 0 {
			return &SyscallError{"setenv", errno(22)}
		}
	}
	kv := key + "=" + value
	if i := lookupEnv(key); i >= 0 {
		env[i] = kv
	} else {
		env = append(env, kv)
	}
	return nil
}

// Unsetenv removes the environment variable key.
func Unsetenv(key string) error {
	if i := lookupEnv(key); i >= 0 {
		env = append(env[:i], env[i+1:]...)
	}
	return nil
}

// Environ returns a copy of the environment, as "KEY=value" strings.
func Environ() []string {
	loadEnv()
	return append([]string(nil), env...)
}

// A SyscallError records the system call that failed.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

// Unwrap returns the underlying error.
func (e *SyscallError) Unwrap() error { return e.Err }
