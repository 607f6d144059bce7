// RUN: %gorun %s | FileCheck %s
// Package sync, panics inside its methods: a Once whose f panics counts as
// done (Do does not call f again, and does not stay locked); a Map whose
// key cannot be hashed panics as a map does, and stays usable once the
// panic is recovered, as does one whose Range callback panics; a Pool
// whose New panics still takes and gives objects.
package main

import (
	"fmt"
	"sync"
)

// try runs f and prints what it panicked with.
func try(name string, f func()) {
	defer func() {
		fmt.Println(name, "panicked:", recover())
	}()
	f()
}

func main() {
	var once sync.Once
	try("first Do", func() { once.Do(func() { panic("in f") }) }) // CHECK: first Do panicked: in f
	calls := 0
	once.Do(func() { calls++ })
	fmt.Println("Do after a panicking f, calls:", calls) // CHECK-NEXT: Do after a panicking f, calls: 0

	var m sync.Map
	m.Store("a", 1)
	try("Store", func() { m.Store([]int{1}, 2) })               // CHECK-NEXT: Store panicked: runtime error: hash of unhashable type []int
	try("Load", func() { m.Load(map[int]int{}) })               // CHECK-NEXT: Load panicked: runtime error: hash of unhashable type map[int]int
	try("LoadOrStore", func() { m.LoadOrStore([]string{}, 3) }) // CHECK-NEXT: LoadOrStore panicked: runtime error: hash of unhashable type []string
	try("LoadAndDelete", func() { m.LoadAndDelete(func() {}) }) // CHECK-NEXT: LoadAndDelete panicked: runtime error: hash of unhashable type func()
	try("Delete", func() { m.Delete([]int{}) })                 // CHECK-NEXT: Delete panicked: runtime error: hash of unhashable type []int
	m.Store("b", 2)
	v, ok := m.Load("b")
	fmt.Println("Map after the panics:", v, ok) // CHECK-NEXT: Map after the panics: 2 true

	var empty sync.Map
	try("Delete on an empty Map", func() { empty.Delete([]byte("k")) }) // CHECK-NEXT: Delete on an empty Map panicked: runtime error: hash of unhashable type []uint8
	try("Load on an empty Map", func() { empty.Load([]byte("k")) })     // CHECK-NEXT: Load on an empty Map panicked: runtime error: hash of unhashable type []uint8
	empty.Store("x", 1)
	fmt.Println(empty.Load("x")) // CHECK-NEXT: 1 true

	n := 0
	try("Range", func() { // CHECK-NEXT: Range panicked: in Range
		m.Range(func(k, v interface{}) bool {
			n++
			panic("in Range")
		})
	})
	m.Range(func(k, v interface{}) bool { n++; return true })
	fmt.Println("Range calls:", n) // CHECK-NEXT: Range calls: 3

	p := sync.Pool{New: func() interface{} { panic("in New") }}
	try("Pool.Get", func() { p.Get() }) // CHECK-NEXT: Pool.Get panicked: in New
	p.Put("kept")
	fmt.Println(p.Get()) // CHECK-NEXT: kept
}
