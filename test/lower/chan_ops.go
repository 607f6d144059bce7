// RUN: %golc build -emit-llvm -O0 -o - %s | FileCheck %s
// Channel operations are runtime calls; the element travels by pointer to a
// temporary in the frame.
package main

// CHECK-LABEL: define void @main.main()
// CHECK: %[[SEND:send.elem.*]] = alloca { ptr, i64 }
// CHECK: %[[RECV:recv.elem.*]] = alloca { ptr, i64 }
// CHECK: %[[C:.*]] = call ptr @runtime.makechan(ptr @type.string, i64 3)
// CHECK: store { ptr, i64 } { ptr @{{.*}}, i64 2 }, ptr %[[SEND]]
// CHECK: call void @runtime.chansend1(ptr %{{.*}}, ptr %[[SEND]])
// CHECK: call i64 @runtime.chanlen(ptr
// CHECK: call i64 @runtime.chancap(ptr
// CHECK: call void @runtime.closechan(ptr
// CHECK: call void @runtime.chanrecv1(ptr %{{.*}}, ptr %[[RECV]])
// CHECK: load { ptr, i64 }, ptr %[[RECV]]
// CHECK: %[[OK:.*]] = call zeroext i1 @runtime.chanrecv2(ptr
// CHECK: range.recv:
// CHECK: %[[MORE:.*]] = call zeroext i1 @runtime.chanrecv2(ptr
// CHECK: br i1 %[[MORE]], label %range.body, label %range.end
func main() {
	c := make(chan string, 3)
	c <- "hi"
	println(len(c), cap(c))
	close(c)
	s := <-c
	t, ok := <-c
	for u := range c {
		println(u)
	}
	println(s, t, ok)
}
