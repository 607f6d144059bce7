// RUN: not %golc build -emit-ast %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// `m[]()` in an interface: an empty type parameter list.
package main

type I interface {
	// CHECK: empty_method_type_param_list.go:[[@LINE+1]]:4: empty type parameter list
	m[]()
}
