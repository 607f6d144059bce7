// The boot path of a golc program under gdb, as docs/boot-path.md retraces
// it: newproc1 runs on g0 called from rt0_go; gostartcallfn turns the
// goroutine's saved pc into a fake call of runtime.main returning to
// goexit+1; goroutine 1 goes to runnext, mstart's schedule executes it, gogo
// jumps to runtime.main, which calls main.main.
// REQUIRES: gdb
// RUN: %golc build -g -O0 -o %t %s
// RUN: gdb -batch -nx -x %S/Inputs/boot_path.gdb %t 2>&1 | FileCheck %s
package main

func main() {
	println("hello from main.main")
}

// CHECK: Breakpoint 1, runtime.newproc1 (fn=0x{{[0-9a-f]+}} <runtime.mainPC>, callergp=0x{{[0-9a-f]+}} <runtime.g0>,
// CHECK: #0  runtime.newproc1
// CHECK: runtime.newproc.func1
// CHECK: runtime.systemstack ()
// CHECK: runtime.newproc (
// CHECK: in runtime.rt0_go ()
// CHECK: in main (

// CHECK: Breakpoint 2, runtime.gostartcallfn
// CHECK: before: sched.sp = stack.hi - 32
// CHECK-NEXT: runtime.goexit + 1 in section .text

// CHECK: runtime.main in section .text
// CHECK-NEXT: sched.pc == &runtime.main: 1
// CHECK-NEXT: runtime.goexit + 1 in section .text
// CHECK-NEXT: *sched.sp == goexit+1: 1
// CHECK-NEXT: sched.ctxt == &mainPC: 1

// CHECK: goid 1, atomicstatus 1 (_Grunnable = 1)
// CHECK: runqput(next=1) of goroutine 1
// CHECK: runnext is goroutine 1: 1

// CHECK: Breakpoint 4, runtime.execute
// CHECK: #1 {{.*}} in runtime.schedule ()
// CHECK: #2 {{.*}} in runtime.mstart1 ()
// CHECK: #3 {{.*}} in runtime.mstart0 ()
// CHECK: #4 {{.*}} in runtime.mstart ()
// CHECK: #5 {{.*}} in runtime.rt0_go ()
// CHECK: Breakpoint 5, runtime.gogo ()
// CHECK: runtime.main in section .text

// CHECK: Breakpoint 6, main.main () at boot_path.go:12
// CHECK: #0  main.main () at boot_path.go
// CHECK-NEXT: #1 {{.*}} in runtime.main ()
// CHECK-NEXT: #2 {{.*}} in runtime.goexit ()
// CHECK-NOT: #3
