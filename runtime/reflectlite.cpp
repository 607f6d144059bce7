//===- runtime/reflectlite.cpp - values of any type, for fmt, sort, errors ===//
//
// Go's fmt, sort.Slice and errors.Is/As take values of any type apart with
// package reflect. golc has no reflect; these functions give the stdlib
// (written in Go, stdlib/) the little it needs, by reading the type
// descriptors the compiler emits (type.h). Each is a body-less function of
// a stdlib package, defined here under that package's name
// (docs/runtime-abi.md, "Packages written in Go that reach into the
// runtime"): fmt.kindOf is `func kindOf(v interface{}) int` in
// stdlib/fmt/reflect.go.
//
// A value is handed over as an interface{}: an eface whose data word points
// at the value, which is how golc represents every interface value. fmt's
// Scan also stores through such values, into the variables of a program. The
// parts of a value (a struct's field, an element, what a pointer points
// to, a map's entry) come back as efaces of the same shape pointing into
// the original, without copying: fmt only reads them, while the value it
// prints is alive. The signatures use efaces, strings and integers only,
// which golc and C++ pass in the same registers; no bool parameters (golc
// does not extend an i1 argument the way C++ expects).
//
// A wrong kind here means fmt or sort called the wrong function, a bug of
// the stdlib: it throws. The exception is sort.Slice of a non-slice, a
// mistake of the program, which panics with reflect's message, as in gc.
//
//===----------------------------------------------------------------------===//

#include "runtime.h"

#include <string.h>

#define GOSTRING(s) String{(const uint8_t *)(s), sizeof(s) - 1}

static uint8_t kindof(_type *t) { return t ? t->kind & kindMask : 0; }

// The elements of an array or slice value: its element type, first
// element and length.
struct elements {
  _type *elem;
  uint8_t *array;
  intgo len;
};

static elements elementsof(eface v, const char *caller) {
  switch (kindof(v._type)) {
  case kindArray: {
    arraytype *at = (arraytype *)v._type;
    return {at->elem, (uint8_t *)v.data, (intgo)at->len};
  }
  case kindSlice: {
    Slice *s = (Slice *)v.data;
    return {((slicetype *)v._type)->elem, (uint8_t *)s->array, s->len};
  }
  }
  throw_(caller);
}

static structfield *fieldsof(eface v, intgo *n, const char *caller) {
  if (kindof(v._type) != kindStruct)
    throw_(caller);
  structtype *st = (structtype *)v._type;
  *n = st->fields.len;
  return (structfield *)st->fields.array;
}

//===----------------------------------------------------------------------===//
// package fmt (stdlib/fmt/reflect.go)
//===----------------------------------------------------------------------===//

intgo fmt_kindOf(eface v) __asm__("fmt.kindOf");
intgo fmt_kindOf(eface v) { return kindof(v._type); }

String fmt_typeString(eface v) __asm__("fmt.typeString");
String fmt_typeString(eface v) { return v._type ? v._type->str : GOSTRING("<nil>"); }

uintptr_t fmt_typeID(eface v) __asm__("fmt.typeID");
uintptr_t fmt_typeID(eface v) { return (uintptr_t)v._type; }

int64_t fmt_intOf(eface v) __asm__("fmt.intOf");
int64_t fmt_intOf(eface v) {
  switch (kindof(v._type)) {
  case kindInt8:
    return *(int8_t *)v.data;
  case kindInt16:
    return *(int16_t *)v.data;
  case kindInt32:
    return *(int32_t *)v.data;
  case kindInt:
  case kindInt64:
    return *(int64_t *)v.data;
  }
  throw_("fmt.intOf: not a signed integer");
}

uint64_t fmt_uintOf(eface v) __asm__("fmt.uintOf");
uint64_t fmt_uintOf(eface v) {
  switch (kindof(v._type)) {
  case kindBool:
  case kindUint8:
    return *(uint8_t *)v.data;
  case kindUint16:
    return *(uint16_t *)v.data;
  case kindUint32:
    return *(uint32_t *)v.data;
  case kindUint:
  case kindUint64:
  case kindUintptr:
    return *(uint64_t *)v.data;
  }
  throw_("fmt.uintOf: not an unsigned integer or bool");
}

double fmt_floatOf(eface v) __asm__("fmt.floatOf");
double fmt_floatOf(eface v) {
  switch (kindof(v._type)) {
  case kindFloat32:
    return *(float *)v.data;
  case kindFloat64:
    return *(double *)v.data;
  }
  throw_("fmt.floatOf: not a float");
}

String fmt_stringOf(eface v) __asm__("fmt.stringOf");
String fmt_stringOf(eface v) {
  if (kindof(v._type) != kindString)
    throw_("fmt.stringOf: not a string");
  return *(String *)v.data;
}

uintptr_t fmt_pointerOf(eface v) __asm__("fmt.pointerOf");
uintptr_t fmt_pointerOf(eface v) {
  switch (kindof(v._type)) {
  case kindPointer:
  case kindMap:
  case kindChan:
  case kindUnsafePointer:
    return *(uintptr_t *)v.data;
  case kindFunc: {
    // A func value points to its funcval; Go prints the code address.
    funcval *fv = *(funcval **)v.data;
    return fv ? fv->fn : 0;
  }
  case kindSlice:
    return (uintptr_t)((Slice *)v.data)->array;
  }
  throw_("fmt.pointerOf: not pointer-shaped");
}

intgo fmt_lenOf(eface v) __asm__("fmt.lenOf");
intgo fmt_lenOf(eface v) {
  switch (kindof(v._type)) {
  case kindString:
    return ((String *)v.data)->len;
  case kindMap:
    return maplen(*(hmap **)v.data);
  }
  return elementsof(v, "fmt.lenOf: no length").len;
}

eface fmt_indexOf(eface v, intgo i) __asm__("fmt.indexOf");
eface fmt_indexOf(eface v, intgo i) {
  elements e = elementsof(v, "fmt.indexOf: not an array or slice");
  if (i < 0 || i >= e.len)
    throw_("fmt.indexOf: index out of range");
  return eface{e.elem, e.array + i * e.elem->size};
}

intgo fmt_elemKindOf(eface v) __asm__("fmt.elemKindOf");
intgo fmt_elemKindOf(eface v) { return kindof(elementsof(v, "fmt.elemKindOf: not an array or slice").elem); }

intgo fmt_numField(eface v) __asm__("fmt.numField");
intgo fmt_numField(eface v) {
  intgo n;
  fieldsof(v, &n, "fmt.numField: not a struct");
  return n;
}

static structfield *field(eface v, intgo i, const char *caller) {
  intgo n;
  structfield *fields = fieldsof(v, &n, caller);
  if (i < 0 || i >= n)
    throw_(caller);
  return &fields[i];
}

String fmt_fieldName(eface v, intgo i) __asm__("fmt.fieldName");
String fmt_fieldName(eface v, intgo i) { return field(v, i, "fmt.fieldName: bad field")->name; }

eface fmt_fieldOf(eface v, intgo i) __asm__("fmt.fieldOf");
eface fmt_fieldOf(eface v, intgo i) {
  structfield *f = field(v, i, "fmt.fieldOf: bad field");
  return eface{f->typ, (uint8_t *)v.data + f->offset};
}

eface fmt_elemOf(eface v) __asm__("fmt.elemOf");
eface fmt_elemOf(eface v) {
  switch (kindof(v._type)) {
  case kindPointer: {
    void *p = *(void **)v.data;
    if (!p)
      return eface{nullptr, nullptr};
    return eface{((ptrtype *)v._type)->elem, p};
  }
  case kindInterface: {
    interfacetype *it = (interfacetype *)v._type;
    if (it->methods.len == 0)
      return *(eface *)v.data;
    iface *i = (iface *)v.data;
    if (!i->tab)
      return eface{nullptr, nullptr};
    return eface{i->tab->_type, i->data};
  }
  }
  throw_("fmt.elemOf: not a pointer or interface");
}

intgo fmt_mapEntries(eface v, eface *keys, eface *elems, intgo n) __asm__("fmt.mapEntries");
intgo fmt_mapEntries(eface v, eface *keys, eface *elems, intgo n) {
  if (kindof(v._type) != kindMap)
    throw_("fmt.mapEntries: not a map");
  maptype *mt = (maptype *)v._type;
  hmap *h = *(hmap **)v.data;
  hiter it;
  memset(&it, 0, sizeof it);
  mapiterinit(mt, h, &it);
  intgo i = 0;
  for (; i < n && it.key; i++) {
    keys[i] = eface{mt->key, it.key};
    elems[i] = eface{mt->elem, it.elem};
    mapiternext(&it);
  }
  return i;
}

// Scan into a variable of a named type: v points into the variable.
void fmt_storeInt(eface v, int64_t x) __asm__("fmt.storeInt");
void fmt_storeInt(eface v, int64_t x) {
  switch (kindof(v._type)) {
  case kindInt8:
    *(int8_t *)v.data = (int8_t)x;
    return;
  case kindInt16:
    *(int16_t *)v.data = (int16_t)x;
    return;
  case kindInt32:
    *(int32_t *)v.data = (int32_t)x;
    return;
  case kindInt:
  case kindInt64:
    *(int64_t *)v.data = x;
    return;
  }
  throw_("fmt.storeInt: not a signed integer");
}

void fmt_storeUint(eface v, uint64_t x) __asm__("fmt.storeUint");
void fmt_storeUint(eface v, uint64_t x) {
  switch (kindof(v._type)) {
  case kindBool:
  case kindUint8:
    *(uint8_t *)v.data = (uint8_t)x;
    return;
  case kindUint16:
    *(uint16_t *)v.data = (uint16_t)x;
    return;
  case kindUint32:
    *(uint32_t *)v.data = (uint32_t)x;
    return;
  case kindUint:
  case kindUint64:
  case kindUintptr:
    *(uint64_t *)v.data = x;
    return;
  }
  throw_("fmt.storeUint: not an unsigned integer or bool");
}

void fmt_storeFloat(eface v, double x) __asm__("fmt.storeFloat");
void fmt_storeFloat(eface v, double x) {
  switch (kindof(v._type)) {
  case kindFloat32:
    *(float *)v.data = (float)x;
    return;
  case kindFloat64:
    *(double *)v.data = x;
    return;
  }
  throw_("fmt.storeFloat: not a float");
}

void fmt_storeString(eface v, String x) __asm__("fmt.storeString");
void fmt_storeString(eface v, String x) {
  if (kindof(v._type) != kindString)
    throw_("fmt.storeString: not a string");
  *(String *)v.data = x;
}

//===----------------------------------------------------------------------===//
// package sort (stdlib/sort/sort.go): sort.Slice's swapper
//===----------------------------------------------------------------------===//

// Go's reflect.Kind names, for reflect's panic messages.
static const char *const kindNames[] = {
    "invalid", "bool",   "int",    "int8",      "int16",   "int32", "int64",
    "uint",    "uint8",  "uint16", "uint32",    "uint64",  "uintptr", "float32",
    "float64", "complex64", "complex128", "array", "chan", "func", "interface",
    "map",     "ptr",    "slice",  "string",    "struct",  "unsafe.Pointer",
};

// sort.Slice(x, ...) of an x that is not a slice: gc's reflect.Swapper
// panics with a *reflect.ValueError, which prints as this message.
NORETURN static void notSlice(eface x) {
  const char *kind = kindNames[kindof(x._type)];
  static const char prefix[] = "reflect: call of Swapper on ";
  static const char suffix[] = " Value";
  size_t n = sizeof prefix - 1 + strlen(kind) + sizeof suffix - 1;
  uint8_t *msg = (uint8_t *)mallocgc(n, nullptr, false);
  memcpy(msg, prefix, sizeof prefix - 1);
  memcpy(msg + sizeof prefix - 1, kind, strlen(kind));
  memcpy(msg + n - (sizeof suffix - 1), suffix, sizeof suffix - 1);
  String *box = (String *)mallocgc(sizeof(String), &stringType, true);
  *box = String{msg, (intgo)n};
  gopanic(eface{&stringType, box});
}

intgo sort_sliceLen(eface x) __asm__("sort.sliceLen");
intgo sort_sliceLen(eface x) {
  if (kindof(x._type) != kindSlice)
    notSlice(x);
  return ((Slice *)x.data)->len;
}

// Swaps the elements i and j of the slice in x (both in range: sort only
// asks for those), as reflect.Swapper does: by the element type's size.
void sort_swapElems(eface x, intgo i, intgo j) __asm__("sort.swapElems");
void sort_swapElems(eface x, intgo i, intgo j) {
  if (kindof(x._type) != kindSlice)
    notSlice(x);
  Slice *s = (Slice *)x.data;
  if ((uintgo)i >= (uintgo)s->len || (uintgo)j >= (uintgo)s->len)
    throw_("sort.swapElems: index out of range");
  uintptr_t size = ((slicetype *)x._type)->elem->size;
  uint8_t *a = (uint8_t *)s->array + i * size;
  uint8_t *b = (uint8_t *)s->array + j * size;
  // A chunk at a time. The collector does not move objects, and it stops
  // the world to scan, so a pointer is never seen half-copied.
  uint8_t tmp[256];
  while (size > 0) {
    uintptr_t n = size < sizeof tmp ? size : sizeof tmp;
    memcpy(tmp, a, n);
    memcpy(a, b, n);
    memcpy(b, tmp, n);
    a += n;
    b += n;
    size -= n;
  }
}

//===----------------------------------------------------------------------===//
// package errors (stdlib/errors/errors.go)
//===----------------------------------------------------------------------===//

// Whether == on two values of v's dynamic type cannot panic.
bool errors_isComparable(eface v) __asm__("errors.isComparable");
bool errors_isComparable(eface v) { return v._type && v._type->equal; }

// The results of errors.targetKind (stdlib/errors/errors.go).
enum : intgo { targetNotPointer, targetNotError, targetOK };

// errors.As's check of its target: a non-nil pointer to an interface or to
// a type with an Error method.
intgo errors_targetKind(eface target) __asm__("errors.targetKind");
intgo errors_targetKind(eface target) {
  if (kindof(target._type) != kindPointer || !*(void **)target.data)
    return targetNotPointer;
  _type *elem = ((ptrtype *)target._type)->elem;
  if (kindof(elem) != kindInterface && !stringmethod(elem, "Error"))
    return targetNotError;
  return targetOK;
}

// *target = v, if v's dynamic type is *target's type or implements it (an
// interface type). target has passed errors_targetKind.
bool errors_assignTo(eface target, eface v) __asm__("errors.assignTo");
bool errors_assignTo(eface target, eface v) {
  void *p = *(void **)target.data;
  _type *elem = ((ptrtype *)target._type)->elem;
  if (kindof(elem) != kindInterface) {
    if (v._type != elem)
      return false;
    memmove(p, v.data, elem->size);
    return true;
  }
  interfacetype *it = (interfacetype *)elem;
  if (it->methods.len == 0) {
    *(eface *)p = v;
    return true;
  }
  itab *tab = getitab(it, v._type, true);
  if (!tab || !tab->fun[0])
    return false;
  *(iface *)p = iface{tab, v.data};
  return true;
}
