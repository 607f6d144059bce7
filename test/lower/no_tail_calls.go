// RUN: %golc build -emit-llvm -O2 -o - %s | FileCheck %s
// Every golc function keeps its frame for calls in tail position, as gc's
// do, so a traceback names each caller: "disable-tail-calls"="true".
package main

func wait(c chan int) {
	<-c
}

// CHECK: define {{.*}}@main.main() {{.*}}#[[ATTRS:[0-9]+]]
func main() {
	wait(make(chan int))
}

// CHECK: attributes #[[ATTRS]] = {{.*}}"disable-tail-calls"="true"{{.*}}"frame-pointer"="all"
