// RUN: env GOLC_STDLIB=%S/Inputs/stdlib not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Import paths must be non-empty and made of valid characters. (The go
// command reports these before gc sees them; golc words them as go/types.)
package main

// CHECK: invalid_import_path.go:[[@LINE+1]]:8: invalid import path (empty string)
import ""
// CHECK: invalid_import_path.go:[[@LINE+1]]:8: invalid import path (invalid character U+0020 ' ')
import "a b"

func main() {
}
