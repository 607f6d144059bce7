// RUN: %gorun %s | FileCheck %s
// Embedded fields: their fields and methods are promoted (through values
// and pointers, several levels deep), an outer field or method hides a
// deeper one of the same name, and the embedded value is reachable by its
// type's name.
package main

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return "base " + b.Name }
func (b *Base) Rename(n string) { b.Name = n }

type Timestamps struct {
	Created, Updated int
}

func (t *Timestamps) Touch(now int) { t.Updated = now }

type User struct {
	Base
	*Timestamps
	Email string
}

type Admin struct {
	User
	Level int
	Name  string // hides User.Base.Name
}

func (a Admin) Describe() string { return "admin " + a.Name }

func main() {
	u := User{Base: Base{ID: 7, Name: "ann"}, Timestamps: &Timestamps{Created: 1}}
	println(u.ID, u.Name, u.Created) // CHECK: 7 ann 1
	u.Rename("anna")
	u.Touch(5)
	println(u.Name, u.Base.Name, u.Updated, u.Describe()) // CHECK-NEXT: anna anna 5 base anna
	a := Admin{User: u, Level: 3, Name: "root"}
	println(a.Name, a.User.Name, a.ID, a.Level) // CHECK-NEXT: root anna 7 3
	println(a.Describe(), a.User.Describe())      // CHECK-NEXT: admin root base anna
	a.Rename("bob")
	println(a.User.Name, u.Name) // CHECK-NEXT: bob anna
	a.Touch(9)
	println(u.Updated, a.Updated) // CHECK-NEXT: 9 9
	pa := &a
	pa.ID = 8
	println(pa.User.Base.ID, pa.Created) // CHECK-NEXT: 8 1
}
