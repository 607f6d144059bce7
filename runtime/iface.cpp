//===- runtime/iface.cpp - interfaces: itabs and type assertions ----------===//
//
// A non-empty interface value is (itab, data): the itab pairs an interface
// type with a dynamic type and lists the dynamic type's code for each of
// the interface's methods, in the interface's order, so a method call is
// one indirect call through itab.fun[i]. The compiler emits the itabs it
// can see statically (a conversion from a known type); getitab builds the
// others, when a value of unknown type meets an interface at run time
// (`x.(I)`, `var i I = e.(J)`).
//
// getitab matches the interface's methods against the type's method set
// (_type.uncommon): both lists are sorted by name, so one merge walk
// finds every method or the first missing one. A method matches when its
// name and its signature do; signatures are type descriptors, which the
// compiler emits once per program, so the same signature is the same
// pointer. (Types the runtime itself defines, like the `func() string` of
// TypeAssertionError.Error, are separate descriptors: sametype falls back
// to comparing kind and printed name for them.) An unexported method also
// needs the type to come from the interface's package.
//
// Built itabs live in itabTable, an open-addressed hash table keyed by the
// (interface, type) pair, as in Go: readers probe it without a lock (an
// entry is published with a release store once complete), writers add
// under itabLock and replace the whole table when it is 75% full. Failed
// pairs are cached too, as itabs whose fun[0] is 0, so repeated failing
// `x.(I)` checks cost a lookup, not a merge walk.
//
// A failed assertion panics with a *runtime.TypeAssertionError, gc's type
// and messages:
//   interface conversion: interface {} is string, not int
//   interface conversion: main.T is not main.I: missing method M
//   interface conversion: interface is nil, not main.T
// The runtime gives the type an Error method (and RuntimeError: it is a
// runtime.Error), so the panic printer reaches the message the way it
// reaches any error's (preprintpanics).
//
//===----------------------------------------------------------------------===//

#include "runtime.h"

#include <string.h>

//===----------------------------------------------------------------------===//
// The runtime's own descriptors
//===----------------------------------------------------------------------===//

#define GOSTRING(s) String{(const uint8_t *)(s), sizeof(s) - 1}

_type stringType = {sizeof(String), sizeof(void *), 0, tflagNamed, 8, 8, kindString,
                    (void *)strequal, nullptr, GOSTRING("string"), nullptr};

static _type *const funcStringParams[] = {&stringType};

// func() string: the signature of Error and String methods.
functype funcStringType = {{8, 8, 0, 0, 8, 8, kindFunc, nullptr, nullptr, GOSTRING("func() string"), nullptr},
                           0, 1, funcStringParams};

// func(): the signature of RuntimeError.
functype funcNoArgsType = {{8, 8, 0, 0, 8, 8, kindFunc, nullptr, nullptr, GOSTRING("func()"), nullptr},
                            0, 0, nullptr};

// Go's runtime.TypeAssertionError. _interface is the static type of the
// asserted value (null: not known), concrete its dynamic type (null: the
// interface was nil), asserted the type asserted; missingMethod is set
// when asserted is an interface the dynamic type does not implement.
struct TypeAssertionError {
  _type *_interface;
  _type *concrete;
  _type *asserted;
  String missingMethod;
};

static _type TypeAssertionErrorType = {sizeof(TypeAssertionError),
                                       offsetof(TypeAssertionError, missingMethod) + sizeof(void *),
                                       0,
                                       tflagNamed,
                                       8,
                                       8,
                                       kindStruct,
                                       nullptr,
                                       nullptr,
                                       GOSTRING("runtime.TypeAssertionError"),
                                       nullptr};

static String TypeAssertionError_Error(void *e);
static void TypeAssertionError_RuntimeError(void *e) {}

static method TypeAssertionErrorMethods[] = {
    {GOSTRING("Error"), &funcStringType.typ, (void *)TypeAssertionError_Error},
    {GOSTRING("RuntimeError"), &funcNoArgsType.typ, (void *)TypeAssertionError_RuntimeError},
};

static uncommontype TypeAssertionErrorPtrUncommon = {
    GOSTRING("runtime"), {TypeAssertionErrorMethods, 2, 2}};

// *runtime.TypeAssertionError, the type of the panic values.
static ptrtype TypeAssertionErrorPtrType = {{8, 8, 0, 0, 8, 8, kindPointer, (void *)memequal64, nullptr,
                                             GOSTRING("*runtime.TypeAssertionError"),
                                             &TypeAssertionErrorPtrUncommon},
                                            &TypeAssertionErrorType};

// The package a type was declared in, as Go's _type.pkgpath.
static String pkgpath(_type *t) {
  if (t->uncommon)
    return t->uncommon->pkgPath;
  switch (t->kind & kindMask) {
  case kindStruct: return ((structtype *)t)->pkgPath;
  case kindInterface: return ((interfacetype *)t)->pkgPath;
  }
  return String{nullptr, 0};
}

static String TypeAssertionError_Error(void *data) {
  // data points to the interface's copy of the *TypeAssertionError.
  TypeAssertionError *e = *(TypeAssertionError **)data;
  String inter = e->_interface ? e->_interface->str : GOSTRING("interface");
  String as = e->asserted->str;
  if (!e->concrete) {
    String parts[] = {GOSTRING("interface conversion: "), inter, GOSTRING(" is nil, not "), as};
    return concatstrings(parts, 4);
  }
  String cs = e->concrete->str;
  if (e->missingMethod.len == 0) {
    String clarify = {nullptr, 0};
    if (eqstring(cs, as))
      clarify = eqstring(pkgpath(e->concrete), pkgpath(e->asserted)) ? GOSTRING(" (types from different scopes)")
                                                                      : GOSTRING(" (types from different packages)");
    String parts[] = {GOSTRING("interface conversion: "), inter, GOSTRING(" is "), cs, GOSTRING(", not "), as, clarify};
    return concatstrings(parts, 7);
  }
  String parts[] = {GOSTRING("interface conversion: "), cs, GOSTRING(" is not "), as,
                    GOSTRING(": missing method "), e->missingMethod};
  return concatstrings(parts, 6);
}

static NORETURN void panicTypeAssertion(_type *iface, _type *have, _type *want, String missing) {
  TypeAssertionError *e = (TypeAssertionError *)mallocptrs(sizeof(TypeAssertionError));
  *e = TypeAssertionError{iface, have, want, missing};
  // The interface holds a copy of the pointer.
  TypeAssertionError **box = (TypeAssertionError **)mallocptrs(sizeof(void *));
  *box = e;
  gopanic(eface{&TypeAssertionErrorPtrType.typ, box});
}

void panicdottypeE(_type *have, _type *want, _type *iface) {
  panicTypeAssertion(iface, have, want, String{nullptr, 0});
}

void panicdottypeI(itab *have, _type *want, _type *iface) {
  panicdottypeE(have ? have->_type : nullptr, want, iface);
}

void panicnildottype(_type *want) {
  // The static type of the operand is not passed: gc prints "interface".
  panicTypeAssertion(nullptr, nullptr, want, String{nullptr, 0});
}

//===----------------------------------------------------------------------===//
// Method sets
//===----------------------------------------------------------------------===//

// Whether a and b are the same type: the same descriptor, or for a
// descriptor the runtime defines itself, one of the same kind and name.
static bool sametype(_type *a, _type *b) {
  if (a == b)
    return true;
  return a && b && (a->kind & kindMask) == (b->kind & kindMask) && eqstring(a->str, b->str);
}

static bool isExported(String name) { return name.len > 0 && name.str[0] >= 'A' && name.str[0] <= 'Z'; }

// Matches inter's methods against typ's method set. Fills fun (if not
// null) with the code of each; returns the name of the first missing
// method, or an empty string if typ implements inter.
static String itabmatch(interfacetype *inter, _type *typ, void **fun) {
  uncommontype *x = typ->uncommon;
  imethod *imethods = (imethod *)inter->methods.array;
  intgo ni = inter->methods.len;
  method *tmethods = x ? (method *)x->methods.array : nullptr;
  intgo nt = x ? x->methods.len : 0;
  intgo j = 0;
  for (intgo k = 0; k < ni; k++) {
    imethod *im = &imethods[k];
    for (; j < nt; j++) {
      method *tm = &tmethods[j];
      if (!eqstring(tm->name, im->name) || !sametype(tm->mtyp, im->typ))
        continue;
      if (isExported(im->name) || eqstring(x->pkgPath, inter->pkgPath)) {
        if (fun)
          fun[k] = tm->ifn;
        goto nextimethod;
      }
    }
    return im->name;
  nextimethod:;
  }
  return String{nullptr, 0};
}

// The code of t's method `name() string`, or null if it has none.
void *stringmethod(_type *t, const char *name) {
  uncommontype *x = t->uncommon;
  if (!x)
    return nullptr;
  method *ms = (method *)x->methods.array;
  size_t n = strlen(name);
  for (intgo i = 0; i < x->methods.len; i++) {
    method *m = &ms[i];
    if ((size_t)m->name.len != n || memcmp(m->name.str, name, n) != 0)
      continue;
    functype *ft = (functype *)m->mtyp;
    if (!ft || (ft->typ.kind & kindMask) != kindFunc || ft->inCount != 0 || ft->outCount != 1)
      return nullptr;
    return sametype(ft->params[0], &stringType) ? m->ifn : nullptr;
  }
  return nullptr;
}

//===----------------------------------------------------------------------===//
// The itab table
//===----------------------------------------------------------------------===//

enum : uintptr_t { itabInitSize = 512 };

struct itabTableType {
  uintptr_t size;  // length of entries, a power of 2
  uintptr_t count; // entries in use
  itab **entries;
};

// The first table is static data, which the collector scans like any
// global: the itabs it holds stay alive. Bigger ones are GC memory
// reachable from itabTable.
static itab *itabInitEntries[itabInitSize];
static itabTableType itabTableInit = {itabInitSize, 0, itabInitEntries};
static itabTableType *itabTable = &itabTableInit;
static mutex itabLock;

static inline uintptr_t itabHashFunc(interfacetype *inter, _type *typ) {
  uint64_t h = ((uintptr_t)inter >> 3) * 0x9E3779B97F4A7C15ull ^ ((uintptr_t)typ >> 3) * 0xC2B2AE3D27D4EB4Full;
  return h ^ h >> 29;
}

// Probes quadratically for the pair; returns null at the first empty
// entry. Safe without itabLock.
static itab *itabfind(itabTableType *t, interfacetype *inter, _type *typ) {
  uintptr_t mask = t->size - 1;
  uintptr_t h = itabHashFunc(inter, typ) & mask;
  for (uintptr_t i = 1;; i++) {
    itab *m = __atomic_load_n(&t->entries[h], __ATOMIC_ACQUIRE);
    if (!m)
      return nullptr;
    if (m->inter == inter && m->_type == typ)
      return m;
    h = (h + i) & mask;
  }
}

// Puts m in the first free entry of its probe sequence. itabLock held.
static void itabinsert(itabTableType *t, itab *m) {
  uintptr_t mask = t->size - 1;
  uintptr_t h = itabHashFunc(m->inter, m->_type) & mask;
  for (uintptr_t i = 1;; i++) {
    itab *old = t->entries[h];
    if (old == m)
      return;
    if (!old) {
      __atomic_store_n(&t->entries[h], m, __ATOMIC_RELEASE);
      t->count++;
      return;
    }
    h = (h + i) & mask;
  }
}

// Adds m, replacing the table with one twice the size first if it is 75%
// full. itabLock held.
static void itabAdd(itab *m) {
  itabTableType *t = itabTable;
  if (t->count >= 3 * (t->size / 4)) {
    uintptr_t size = t->size * 2;
    itabTableType *t2 = (itabTableType *)mallocptrs(sizeof(itabTableType) + size * sizeof(itab *));
    t2->size = size;
    t2->entries = (itab **)(t2 + 1);
    for (uintptr_t i = 0; i < t->size; i++)
      if (t->entries[i])
        itabinsert(t2, t->entries[i]);
    // Readers still probing the old table find what it had; new readers
    // see the new one, complete.
    __atomic_store_n(&itabTable, t2, __ATOMIC_RELEASE);
    t = t2;
  }
  itabinsert(t, m);
}

itab *getitab(interfacetype *inter, _type *typ, bool canfail) {
  if (inter->methods.len == 0)
    throw_("internal error - misuse of itab");
  if (!typ->uncommon) {
    // No methods at all.
    if (canfail)
      return nullptr;
    panicTypeAssertion(nullptr, typ, &inter->typ, ((imethod *)inter->methods.array)[0].name);
  }

  itab *m = itabfind(__atomic_load_n(&itabTable, __ATOMIC_ACQUIRE), inter, typ);
  if (!m) {
    lock(&itabLock);
    m = itabfind(itabTable, inter, typ);
    if (!m) {
      m = (itab *)mallocptrs(sizeof(itab) + (uintptr_t)(inter->methods.len - 1) * sizeof(void *));
      m->inter = inter;
      m->_type = typ;
      m->hash = typ->hash;
      if (itabmatch(inter, typ, m->fun).len != 0)
        m->fun[0] = nullptr; // typ does not implement inter
      itabAdd(m);
    }
    unlock(&itabLock);
  }
  if (m->fun[0])
    return m;
  if (canfail)
    return nullptr;
  // The cached failure does not say which method is missing: match again.
  panicTypeAssertion(nullptr, typ, &inter->typ, itabmatch(inter, typ, nullptr));
}

itab *assertE2I(interfacetype *inter, _type *typ) {
  if (!typ)
    panicTypeAssertion(nullptr, nullptr, &inter->typ, String{nullptr, 0});
  return getitab(inter, typ, false);
}
