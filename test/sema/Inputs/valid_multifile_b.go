// The second file of sema/valid_multifile.go.
package main

var count = helper(4)

func helper(x int) int { return x * x }

func init() {
	println("init b")
}
