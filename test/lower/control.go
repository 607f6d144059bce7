// RUN: %golc build -emit-llvm -O0 -o - %s | FileCheck %s
// Structured statements become blocks and branches. A switch tests its cases
// in source order and enters the default only when none matched, wherever it
// is written; fallthrough jumps to the next clause's body; labeled break and
// continue leave or continue the labeled loop; goto jumps to its label's
// block; && and || branch around their right operand.
package main

func f(int) int { return 0 }

// CHECK-LABEL: define i64 @main.classify(i64 %x)
// CHECK: %[[T:.*]] = call i64 @main.f(i64
// CHECK: %[[C1:.*]] = icmp eq i64 %[[T]], 1
// CHECK: br i1 %[[C1]], label %[[CASE1:switch.case[0-9]*]], label %[[N1:switch.next[0-9]*]]
// CHECK: [[N1]]:
// CHECK: %[[C2:.*]] = icmp eq i64 %[[T]], 2
// CHECK: br i1 %[[C2]], label %[[CASE1]], label %[[N2:switch.next[0-9]*]]
// CHECK: [[N2]]:
// CHECK: %[[C3:.*]] = icmp eq i64 %[[T]], 3
// CHECK: br i1 %[[C3]], label %[[CASE3:switch.case[0-9]*]], label %[[N3:switch.next[0-9]*]]
// CHECK: [[N3]]:
// CHECK-NEXT: br label %[[DEFAULT:switch.case[0-9]*]]
// CHECK: [[CASE1]]:
// CHECK: br label %[[END:switch.end[0-9]*]]
// CHECK: [[DEFAULT]]:
// CHECK: br label %[[CASE3]]
// CHECK: [[CASE3]]:
// CHECK: br label %[[END]]
func classify(x int) int {
	r := 0
	switch f(x) {
	case 1, 2:
		r = 10
	default:
		r = 20
		fallthrough
	case 3:
		r++
	}
	return r
}

// CHECK-LABEL: define i64 @main.loops(
// CHECK: br label %[[OUTER:for.cond[0-9]*]]
// CHECK: [[OUTER]]:
// CHECK: br i1 %{{.*}}, label %[[OBODY:for.body[0-9]*]], label %[[OEND:for.end[0-9]*]]
// CHECK: [[OBODY]]:
// CHECK: [[INNER:for.cond[0-9]*]]:
// CHECK: br label %[[INNERBODY:for.body[0-9]*]]
// CHECK: [[INNERBODY]]:
// CHECK: br i1 %{{.*}}, label %[[THEN1:if.then[0-9]*]], label
// CHECK: [[THEN1]]:
// CHECK-NEXT: br label %[[OPOST:for.post[0-9]*]]
// CHECK: br i1 %{{.*}}, label %[[THEN2:if.then[0-9]*]], label
// CHECK: [[THEN2]]:
// CHECK-NEXT: br label %[[OEND]]
// CHECK: [[OPOST]]:
// CHECK: br label %[[OUTER]]
func loops(n int) int {
	sum := 0
outer:
	for i := 0; i < n; i++ {
		for {
			if sum%2 == 0 {
				continue outer
			}
			if sum > 100 {
				break outer
			}
			sum++
		}
	}
	return sum
}

// CHECK-LABEL: define i64 @main.countdown(
// CHECK: br label %again
// CHECK: again:
// CHECK: br i1 %{{.*}}, label %[[THEN:if.then[0-9]*]], label
// CHECK: [[THEN]]:
// CHECK: br label %again
func countdown(n int) int {
	steps := 0
again:
	if n > 0 {
		n--
		steps++
		goto again
	}
	return steps
}

// CHECK-LABEL: define i1 @main.both(
// CHECK: br i1 %[[A:.*]], label %[[RHS:land.rhs[0-9]*]], label %[[END:land.end[0-9]*]]
// CHECK: [[RHS]]:
// CHECK: %[[B:.*]] = call i1 @main.check(
// CHECK: br label %[[END]]
// CHECK: [[END]]:
// CHECK: phi i1 [ false, %{{.*}} ], [ %[[B]], %[[RHS]] ]
func both(a bool, x int) bool { return a && check(x) }

func check(x int) bool { return x > 0 }

func main() {
	println(classify(1), loops(3), countdown(4), both(true, 1))
}
