package fmt

import (
	"sort"
	"unicode"
	"unicode/utf8"
)

// printValue prints v by its kind: the default formats of composite
// values. canIface is false for a value reached through an unexported
// struct field: as in gc, its methods are not called (reflect would not
// let them be). depth is 0 for an operand, more inside one.
func (p *printer) printValue(v interface{}, canIface bool, verb rune, depth int) {
	// An operand's methods were tried by printArg; a part's are tried
	// here.
	if depth > 0 && v != nil && canIface {
		p.arg = v
		if kindOf(v) == kindInterface {
			p.arg = elemOf(v)
		}
		if p.handleMethods(verb) {
			return
		}
	}
	p.arg = nil
	p.value = v

	switch kindOf(v) {
	case kindInvalid:
		switch verb {
		case 'v':
			p.buf.writeString(nilAngleString)
		default:
			p.badVerb(verb)
		}
	case kindBool:
		p.fmtBool(uintOf(v) != 0, verb)
	case kindInt, kindInt8, kindInt16, kindInt32, kindInt64:
		p.fmtInteger(uint64(intOf(v)), signed, verb)
	case kindUint, kindUint8, kindUint16, kindUint32, kindUint64, kindUintptr:
		p.fmtInteger(uintOf(v), unsigned, verb)
	case kindFloat32:
		p.fmtFloat(floatOf(v), 32, verb)
	case kindFloat64:
		p.fmtFloat(floatOf(v), 64, verb)
	case kindString:
		p.fmtString(stringOf(v), verb)
	case kindMap:
		p.printMap(v, canIface, verb, depth)
	case kindStruct:
		if p.fmt.sharpV {
			p.buf.writeString(typeString(v))
		}
		p.buf.writeByte('{')
		n := numField(v)
		for i := 0; i < n; i++ {
			if i > 0 {
				if p.fmt.sharpV {
					p.buf.writeString(commaSpaceString)
				} else {
					p.buf.writeByte(' ')
				}
			}
			name := fieldName(v, i)
			if p.fmt.plusV || p.fmt.sharpV {
				p.buf.writeString(name)
				p.buf.writeByte(':')
			}
			field := fieldOf(v, i)
			// A non-nil interface field prints as what it holds.
			if kindOf(field) == kindInterface {
				if e := elemOf(field); e != nil {
					field = e
				}
			}
			p.printValue(field, canIface && isExported(name), verb, depth+1)
		}
		p.buf.writeByte('}')
	case kindInterface:
		e := elemOf(v)
		if e == nil {
			if p.fmt.sharpV {
				p.buf.writeString(typeString(v))
				p.buf.writeString(nilParenString)
			} else {
				p.buf.writeString(nilAngleString)
			}
		} else {
			p.printValue(e, canIface, verb, depth+1)
		}
	case kindArray, kindSlice:
		p.printList(v, canIface, verb, depth)
	case kindPointer:
		// At the top, a pointer to a composite value prints as & and the
		// value (deeper down, as an address: structures may be cyclic).
		if depth == 0 && pointerOf(v) != 0 {
			e := elemOf(v)
			switch kindOf(e) {
			case kindArray, kindSlice, kindStruct, kindMap:
				p.buf.writeByte('&')
				p.printValue(e, canIface, verb, depth+1)
				return
			}
		}
		p.fmtPointer(v, verb)
	case kindChan, kindFunc, kindUnsafePointer:
		p.fmtPointer(v, verb)
	default:
		// Complex numbers: golc has none.
		p.buf.writeByte('?')
		p.buf.writeString(typeString(v))
		p.buf.writeByte('?')
	}
}

// isExported reports whether a field name starts with an upper-case
// letter.
func isExported(name string) bool {
	r, _ := utf8.DecodeRuneInString(name)
	return unicode.IsUpper(r)
}

// printList prints an array or slice: as bytes for %s %q %x %X if its
// elements are bytes, else element by element.
func (p *printer) printList(v interface{}, canIface bool, verb rune, depth int) {
	n := lenOf(v)
	switch verb {
	case 's', 'q', 'x', 'X':
		if elemKindOf(v) == kindUint8 {
			bytes := make([]byte, n)
			for i := range bytes {
				bytes[i] = byte(uintOf(indexOf(v, i)))
			}
			p.fmtBytes(bytes, verb, typeString(v))
			return
		}
	}
	if p.fmt.sharpV {
		p.buf.writeString(typeString(v))
		if kindOf(v) == kindSlice && pointerOf(v) == 0 {
			p.buf.writeString(nilParenString)
			return
		}
		p.buf.writeByte('{')
		for i := 0; i < n; i++ {
			if i > 0 {
				p.buf.writeString(commaSpaceString)
			}
			p.printValue(indexOf(v, i), canIface, verb, depth+1)
		}
		p.buf.writeByte('}')
		return
	}
	p.buf.writeByte('[')
	for i := 0; i < n; i++ {
		if i > 0 {
			p.buf.writeByte(' ')
		}
		p.printValue(indexOf(v, i), canIface, verb, depth+1)
	}
	p.buf.writeByte(']')
}

// printMap prints a map with its keys in order (see compare): map[k:v
// k:v], or Go syntax for %#v.
func (p *printer) printMap(v interface{}, canIface bool, verb rune, depth int) {
	if p.fmt.sharpV {
		p.buf.writeString(typeString(v))
		if pointerOf(v) == 0 {
			p.buf.writeString(nilParenString)
			return
		}
		p.buf.writeByte('{')
	} else {
		p.buf.writeString(mapString)
	}
	m := sortedMap(v)
	for i := range m.keys {
		if i > 0 {
			if p.fmt.sharpV {
				p.buf.writeString(commaSpaceString)
			} else {
				p.buf.writeByte(' ')
			}
		}
		p.printValue(m.keys[i], canIface, verb, depth+1)
		p.buf.writeByte(':')
		p.printValue(m.elems[i], canIface, verb, depth+1)
	}
	if p.fmt.sharpV {
		p.buf.writeByte('}')
	} else {
		p.buf.writeByte(']')
	}
}

// entries is a map's keys and elements, sortable by key.
type entries struct {
	keys, elems []interface{}
}

func (e *entries) Len() int           { return len(e.keys) }
func (e *entries) Less(i, j int) bool { return compare(e.keys[i], e.keys[j]) < 0 }
func (e *entries) Swap(i, j int) {
	e.keys[i], e.keys[j] = e.keys[j], e.keys[i]
	e.elems[i], e.elems[j] = e.elems[j], e.elems[i]
}

// sortedMap returns the entries of map v sorted by key, stably from the
// iteration order, as gc's fmt sorts them.
func sortedMap(v interface{}) *entries {
	n := lenOf(v)
	e := &entries{make([]interface{}, n), make([]interface{}, n)}
	if n > 0 {
		n = mapEntries(v, &e.keys[0], &e.elems[0], n)
		e.keys, e.elems = e.keys[:n], e.elems[:n]
	}
	sort.Stable(e)
	return e
}

// compare orders map keys: numbers, strings and bools by value (NaN
// first, false before true), pointers and channels by address, structs
// and arrays element by element, interfaces by dynamic type (nil first)
// then by value. Keys of different types compare as -1 either way
// round: there is no right answer.
func compare(a, b interface{}) int {
	if typeID(a) != typeID(b) {
		return -1
	}
	switch kindOf(a) {
	case kindInt, kindInt8, kindInt16, kindInt32, kindInt64:
		x, y := intOf(a), intOf(b)
		switch {
		case x < y:
			return -1
		case x > y:
			return 1
		}
		return 0
	case kindUint, kindUint8, kindUint16, kindUint32, kindUint64, kindUintptr,
		kindBool:
		x, y := uintOf(a), uintOf(b)
		switch {
		case x < y:
			return -1
		case x > y:
			return 1
		}
		return 0
	case kindString:
		x, y := stringOf(a), stringOf(b)
		switch {
		case x < y:
			return -1
		case x > y:
			return 1
		}
		return 0
	case kindFloat32, kindFloat64:
		x, y := floatOf(a), floatOf(b)
		switch {
		case x != x:
			return -1 // NaN (whatever y is)
		case y != y:
			return 1
		case x < y:
			return -1
		case x > y:
			return 1
		}
		return 0
	case kindPointer, kindUnsafePointer, kindChan:
		x, y := pointerOf(a), pointerOf(b)
		switch {
		case x < y:
			return -1
		case x > y:
			return 1
		}
		return 0
	case kindStruct:
		for i := 0; i < numField(a); i++ {
			if c := compare(fieldOf(a, i), fieldOf(b, i)); c != 0 {
				return c
			}
		}
		return 0
	case kindArray:
		for i := 0; i < lenOf(a); i++ {
			if c := compare(indexOf(a, i), indexOf(b, i)); c != 0 {
				return c
			}
		}
		return 0
	case kindInterface:
		x, y := elemOf(a), elemOf(b)
		switch {
		case x == nil && y == nil:
			return 0
		case x == nil:
			return -1
		case y == nil:
			return 1
		}
		tx, ty := typeID(x), typeID(y)
		switch {
		case tx < ty:
			return -1
		case tx > ty:
			return 1
		}
		return compare(x, y)
	}
	panic("bad type in compare: " + typeString(a))
}
