// RUN: %gorun %s | FileCheck %s
// Package sort: Ints, Strings, Float64s (NaNs first), Sort and Stable on an
// Interface, Reverse, Slice (whose order among equal elements must be
// gc's: its pattern-defeating quicksort), SliceStable, and the searches.
package main

import "sort"

type person struct {
	name string
	age  int
}

type byAge []person

func (a byAge) Len() int           { return len(a) }
func (a byAge) Less(i, j int) bool { return a[i].age < a[j].age }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func ints(xs []int) string {
	s := ""
	for _, x := range xs {
		s += " "
		if x < 0 {
			s += "-"
			x = -x
		}
		s += string(rune('0' + x/10))
		s += string(rune('0' + x%10))
	}
	return s
}

func people(ps []person) string {
	s := ""
	for _, p := range ps {
		s += " " + p.name
	}
	return s
}

func main() {
	xs := []int{5, 2, 8, -1, 9, 2, 0, 33, 7}
	sort.Ints(xs)
	println(ints(xs), sort.IntsAreSorted(xs), sort.SearchInts(xs, 7), sort.SearchInts(xs, 6), sort.SearchInts(xs, 100)) // CHECK:  -01 00 02 02 05 07 08 09 33 true 5 5 9
	ss := []string{"pear", "apple", "fig", "", "Banana"}
	sort.Strings(ss)
	println(ss[0] == "", ss[1], ss[2], ss[3], ss[4], sort.StringsAreSorted(ss), sort.SearchStrings(ss, "fig")) // CHECK-NEXT: true Banana apple fig pear true 3
	nan := 0.0
	nan = nan / nan
	fs := []float64{2.5, -1, nan, 0, 10}
	sort.Float64s(fs)
	println(fs[0] != fs[0], fs[1], fs[4], sort.Float64sAreSorted(fs)) // CHECK-NEXT: true -1.000000e+000 +1.000000e+001 true

	sort.Sort(sort.Reverse(sort.IntSlice(xs)))
	println(ints(xs)) // CHECK-NEXT:  33 09 08 07 05 02 02 00 -01

	// Many equal keys: Sort and Slice are not stable, and must put equal
	// elements where gc does.
	var ps []person
	names := "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	for i := 0; i < len(names); i++ {
		ps = append(ps, person{names[i : i+1], (i * 7) % 5})
	}
	qs := append([]person(nil), ps...)
	sort.Sort(byAge(qs))
	println(people(qs)) // CHECK-NEXT:  u 8 E a 3 f O Y J p k T z R n W M i s H 1 d 6 x C F q 9 b 4 g v Z U l A K P S 2 o y 7 D e I t N j X h G 0 w V r m 5 c Q L B
	qs = append(qs[:0], ps...)
	sort.Slice(qs, func(i, j int) bool { return qs[i].age < qs[j].age })
	println(people(qs)) // CHECK-NEXT:  u 8 E a 3 f O Y J p k T z R n W M i s H 1 d 6 x C F q 9 b 4 g v Z U l A K P S 2 o y 7 D e I t N j X h G 0 w V r m 5 c Q L B
	qs = append(qs[:0], ps...)
	sort.SliceStable(qs, func(i, j int) bool { return qs[i].age > qs[j].age })
	println(people(qs)) // CHECK-NEXT:  c h m r w B G L Q V 0 5 e j o t y D I N S X 2 7 b g l q v A F K P U Z 4 9 d i n s x C H M R W 1 6 a f k p u z E J O T Y 3 8
	qs = append(qs[:0], ps...)
	sort.Stable(byAge(qs))
	println(people(qs), sort.IsSorted(byAge(qs))) // CHECK-NEXT:  a f k p u z E J O T Y 3 8 d i n s x C H M R W 1 6 b g l q v A F K P U Z 4 9 e j o t y D I N S X 2 7 c h m r w B G L Q V 0 5 true
	println(sort.SliceIsSorted(qs, func(i, j int) bool { return qs[i].name < qs[j].name })) // CHECK-NEXT: false

	// A larger slice with a pattern: the pivot choice and pattern breaking
	// show in the order of equal elements.
	big := make([]person, 300)
	for i := range big {
		big[i] = person{string(rune('a' + i%26)), (i * i) % 17}
	}
	sort.Slice(big, func(i, j int) bool { return big[i].age < big[j].age })
	println(people(big[:40])) // CHECK-NEXT:  p z e x v q o a h d n i g y m f w r x j q s o v q f n e z f l x m h h g c o i e
	i := sort.Search(len(big), func(i int) bool { return big[i].age >= 9 })
	println(i, big[i].age) // CHECK-NEXT: 158 9
}
