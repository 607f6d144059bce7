// RUN: not %golc build -emit-ast %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// A file starts with its package clause; nothing else is parsed without one.
// CHECK: package_first.go:[[@LINE+1]]:1: syntax error: package statement must be first
import "fmt"

func main() {}
