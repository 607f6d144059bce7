// RUN: %gorun --env GOLC_STDLIB_VAR=set-by-test %s -- %s %t.out extra | FileCheck %s
// Package os: Args, the environment, Stdout/Stderr as *File (Write,
// WriteString), files (Create, Open, ReadFile, WriteFile, errors of
// missing files, closing twice), and Exit's status.
package main

import (
	"errors"
	"io"
	"os"
	"strings"
)

func main() {
	// gorun shows the standard output first, then the standard error
	// (where println writes).
	n, err := os.Stdout.Write([]byte("written to stdout\n")) // CHECK: written to stdout
	m, err2 := os.Stdout.WriteString("more stdout\n") // CHECK-NEXT: more stdout
	println(n, err == nil, m, err2 == nil) // CHECK-NEXT: 18 true 12 true

	self, out := os.Args[1], os.Args[2]
	println(len(os.Args), os.Args[3]) // CHECK-NEXT: 4 extra
	println(os.Getenv("GOLC_STDLIB_VAR"), os.Getenv("GOLC_STDLIB_UNSET") == "") // CHECK-NEXT: set-by-test true
	v, ok := os.LookupEnv("GOLC_STDLIB_UNSET")
	println(v == "", ok) // CHECK-NEXT: true false
	os.Setenv("GOLC_STDLIB_UNSET", "now set")
	println(os.Getenv("GOLC_STDLIB_UNSET")) // CHECK-NEXT: now set
	os.Unsetenv("GOLC_STDLIB_VAR")
	_, ok = os.LookupEnv("GOLC_STDLIB_VAR")
	println(ok) // CHECK-NEXT: false

	src, err := os.ReadFile(self)
	println(err == nil, strings.HasPrefix(string(src), "// RUN"+": %gorun")) // CHECK-NEXT: true true

	if err := os.WriteFile(out, []byte("line one\nline two\n"), 0644); err != nil {
		println("WriteFile:", err.Error())
	}
	f, err := os.Open(out)
	println(err == nil, f.Name() == out) // CHECK-NEXT: true true
	data, err := io.ReadAll(f)
	println(strings.Replace(string(data), "\n", "|", -1), err == nil) // CHECK-NEXT: line one|line two| true
	println(f.Close() == nil, strings.HasSuffix(f.Close().Error(), ": file already closed")) // CHECK-NEXT: true true

	g, _ := os.Create(out)
	n, err = g.WriteString("replaced")
	g.Close()
	data, _ = os.ReadFile(out)
	println(n, err == nil, string(data)) // CHECK-NEXT: 8 true replaced

	_, err = os.Open("/nonexistent/golc/file")
	println(err.Error(), errors.Is(err, os.ErrNotExist)) // CHECK-NEXT: open /nonexistent/golc/file: no such file or directory true
	var pe *os.PathError
	pe, ok = err.(*os.PathError)
	println(ok, pe.Op, pe.Path) // CHECK-NEXT: true open /nonexistent/golc/file

	os.Stderr.WriteString("to stderr\n") // CHECK-NEXT: to stderr
	os.Exit(3) // CHECK-NEXT: [exit status 3]
}
