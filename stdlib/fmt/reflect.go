package fmt

// What fmt needs to know about values of any type, in place of package
// reflect, and the stores Scan makes through pointers to named types. A "value" here is an interface{} whose data word points at the
// value (which is how golc represents every interface value): the
// functions below read golc's type descriptors to take such values apart,
// and return the parts as values of the same shape, pointing into the
// original (a struct's field, an array's element, a map's entry). fmt only
// reads them.
//
// All are defined by the runtime (runtime/reflectlite.cpp) as fmt.NAME.
// They take and return interface values, strings and integers only,
// which golc and C++ pass alike (docs/runtime-abi.md).

// The kinds of types, Go's numbering (runtime2.h).
const (
	kindInvalid = iota // a nil interface
	kindBool
	kindInt
	kindInt8
	kindInt16
	kindInt32
	kindInt64
	kindUint
	kindUint8
	kindUint16
	kindUint32
	kindUint64
	kindUintptr
	kindFloat32
	kindFloat64
	kindComplex64
	kindComplex128
	kindArray
	kindChan
	kindFunc
	kindInterface
	kindMap
	kindPointer
	kindSlice
	kindString
	kindStruct
	kindUnsafePointer
)

// kindOf returns the kind of v's dynamic type; kindInvalid if v is nil.
func kindOf(v interface{}) int

// typeString returns the name of v's dynamic type as Go writes it
// ("int", "[]string", "map[string]int", "*main.T").
func typeString(v interface{}) string

// typeID returns the address of v's type descriptor: equal for equal
// types, an arbitrary but fixed order for different ones.
func typeID(v interface{}) uintptr

// intOf returns the value of a signed integer.
func intOf(v interface{}) int64

// uintOf returns the value of an unsigned integer, or of a bool (0 or 1).
func uintOf(v interface{}) uint64

// floatOf returns the value of a float32 or float64.
func floatOf(v interface{}) float64

// stringOf returns the value of a string.
func stringOf(v interface{}) string

// pointerOf returns the address a pointer, map, channel or unsafe
// pointer holds, the code address of a func, or the array of a slice.
func pointerOf(v interface{}) uintptr

// lenOf returns the length of an array, slice, string or map.
func lenOf(v interface{}) int

// indexOf returns element i of an array or slice (0 <= i < lenOf(v)).
func indexOf(v interface{}, i int) interface{}

// elemKindOf returns the kind of the elements of an array or slice type.
func elemKindOf(v interface{}) int

// numField returns the number of fields of a struct.
func numField(v interface{}) int

// fieldName returns the name of field i of a struct (an embedded field's
// is its type's name).
func fieldName(v interface{}, i int) string

// fieldOf returns field i of a struct.
func fieldOf(v interface{}, i int) interface{}

// elemOf returns what a non-nil pointer points to, or the dynamic value
// held by an interface (nil if the interface is nil).
func elemOf(v interface{}) interface{}

// mapEntries stores up to n entries of a map, in iteration order, into
// keys[0:n] and elems[0:n] (pointers to the first element of each), and
// returns how many it stored.
func mapEntries(v interface{}, keys *interface{}, elems *interface{}, n int) int

// storeInt stores x in the signed integer v (which points into a
// variable: fmt's Scan of a named type), truncated to its size.
func storeInt(v interface{}, x int64)

// storeUint stores x in the unsigned integer or bool v.
func storeUint(v interface{}, x uint64)

// storeFloat stores x in the float32 or float64 v.
func storeFloat(v interface{}, x float64)

// storeString stores x in the string v.
func storeString(v interface{}, x string)
