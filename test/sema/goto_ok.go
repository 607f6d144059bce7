// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Gotos that are fine: backward, forward within or out of a block.
package main

func main() {
	i := 0
Loop:
	if i < 3 {
		i++
		goto Loop
	}
	{
		goto Out
	}
Out:
	println(i)
	goto End
End:
	var x int
	println(x)
	// CHECK: goto_ok.go:[[@LINE+1]]:7: label Undef not defined
	goto Undef
}
