// The runtime functions of packages fmt, sort and errors
// (runtime/reflectlite.cpp), on values whose type descriptors are built by
// hand as the compiler emits them: the kinds and names of types, the
// values of basic kinds, struct fields (embedded, unexported, interface
// typed), elements of arrays and slices, what pointers and interfaces
// hold, Scan's stores, map entries, sort.Slice's swaps of elements of
// every size, errors.Is's comparability test and errors.As's assignments.
// Then sort.Slice's panic on a non-slice.
// RUN: %clang -std=c++17 -fno-exceptions -fno-rtti -O1 %runtime_cflags %s %runtime_link -o %t
// RUN: not %t 2>&1 | FileCheck %s --match-full-lines
#include "Inputs/datatest.h"

#include <string.h>

// The Go declarations are in stdlib/fmt/reflect.go, stdlib/sort/sort.go
// and stdlib/errors/errors.go.
intgo kindOf(eface v) __asm__("fmt.kindOf");
String typeString(eface v) __asm__("fmt.typeString");
uintptr_t typeID(eface v) __asm__("fmt.typeID");
int64_t intOf(eface v) __asm__("fmt.intOf");
uint64_t uintOf(eface v) __asm__("fmt.uintOf");
double floatOf(eface v) __asm__("fmt.floatOf");
String stringOf(eface v) __asm__("fmt.stringOf");
uintptr_t pointerOf(eface v) __asm__("fmt.pointerOf");
intgo lenOf(eface v) __asm__("fmt.lenOf");
eface indexOf(eface v, intgo i) __asm__("fmt.indexOf");
intgo elemKindOf(eface v) __asm__("fmt.elemKindOf");
intgo numField(eface v) __asm__("fmt.numField");
String fieldName(eface v, intgo i) __asm__("fmt.fieldName");
eface fieldOf(eface v, intgo i) __asm__("fmt.fieldOf");
eface elemOf(eface v) __asm__("fmt.elemOf");
void storeInt(eface v, int64_t x) __asm__("fmt.storeInt");
void storeUint(eface v, uint64_t x) __asm__("fmt.storeUint");
void storeFloat(eface v, double x) __asm__("fmt.storeFloat");
void storeString(eface v, String x) __asm__("fmt.storeString");
intgo mapEntries(eface v, eface *keys, eface *elems, intgo n) __asm__("fmt.mapEntries");
intgo sliceLen(eface x) __asm__("sort.sliceLen");
void swapElems(eface x, intgo i, intgo j) __asm__("sort.swapElems");
bool isComparable(eface v) __asm__("errors.isComparable");
intgo targetKind(eface target) __asm__("errors.targetKind");
bool assignTo(eface target, eface v) __asm__("errors.assignTo");

static _type tBool = basicType(1, 0, kindBool, memequal8, tflagNamed | tflagRegularMemory, GOSTR("bool"));
static _type tInt8 = basicType(1, 0, kindInt8, memequal8, tflagNamed | tflagRegularMemory, GOSTR("int8"));
static _type tUint16 = basicType(2, 0, kindUint16, memequal16, tflagNamed | tflagRegularMemory, GOSTR("uint16"));
static _type tFloat32 = basicType(4, 0, kindFloat32, f32equal, tflagNamed, GOSTR("float32"));
static _type tFunc = basicType(8, 8, kindFunc, nullptr, 0, GOSTR("func()"));
static slicetype tInts = {basicType(24, 8, kindSlice, nullptr, 0, GOSTR("[]int")), &tInt};
static arraytype tArr3 = {basicType(24, 0, kindArray, memequal64, tflagRegularMemory, GOSTR("[3]int")), &tInt, nullptr, 3};
static ptrtype tPInt = {basicType(8, 8, kindPointer, memequal64, tflagRegularMemory, GOSTR("*int")), &tInt};

// type Inner struct{ A int }; type T struct { Inner; b string; P *int; I interface{}; E error }
static structfield innerFields[] = {{GOSTR("A"), &tInt, 0}};
static structtype tInner = {basicType(8, 0, kindStruct, memequal64, tflagNamed, GOSTR("main.Inner")), GOSTR("main"),
                            {innerFields, 1, 1}};
static imethod errorMethods[] = {{GOSTR("Error"), &funcStringType.typ}};
static interfacetype tError = {basicType(16, 16, kindInterface, interequal, tflagNamed, GOSTR("error")), GOSTR(""),
                               {errorMethods, 1, 1}};
static structfield tFields[] = {{GOSTR("Inner"), &tInner.typ, 0},
                                {GOSTR("b"), &tString, 8},
                                {GOSTR("P"), &tPInt.typ, 24},
                                {GOSTR("I"), &tEface.typ, 32},
                                {GOSTR("E"), &tError.typ, 48}};
static structtype tT = {basicType(64, 64, kindStruct, nullptr, tflagNamed, GOSTR("main.T")), GOSTR("main"),
                        {tFields, 5, 5}};
struct T {
  int64_t A;
  String b;
  int64_t *P;
  eface I;
  iface E;
};

// A 300-byte element, for swaps bigger than the runtime's chunk.
struct big {
  uint8_t bytes[300];
};
static _type tBig = basicType(300, 0, kindArray, nullptr, 0, GOSTR("[300]uint8"));
static slicetype tBigs = {basicType(24, 8, kindSlice, nullptr, 0, GOSTR("[][300]uint8")), &tBig};

// type E struct{ code int }, with an Error method; and *E.
static String errorText(void *) { return GOSTR("E!"); }
static method eMethods[] = {{GOSTR("Error"), &funcStringType.typ, (void *)errorText}};
static uncommontype eUncommon = {GOSTR("main"), {eMethods, 1, 1}};
static structfield eFields[] = {{GOSTR("code"), &tInt, 0}};
static structtype tE = {{8, 0, 0, tflagNamed, 8, 8, kindStruct, (void *)memequal64, nullptr, GOSTR("main.E"), &eUncommon},
                        GOSTR("main"),
                        {eFields, 1, 1}};
static ptrtype tPE = {basicType(8, 8, kindPointer, memequal64, 0, GOSTR("*main.E")), &tE.typ};
static ptrtype tPError = {basicType(8, 8, kindPointer, memequal64, 0, GOSTR("*error")), &tError.typ};
static ptrtype tPEface = {basicType(8, 8, kindPointer, memequal64, 0, GOSTR("*interface {}")), &tEface.typ};

static maptype tStrInt = mapType(&tString, &tInt, strhash, mapNeedKeyUpdate, GOSTR("map[string]int"));

static void show(const char *what, String s) {
  printlock();
  prints(what);
  prints(" ");
  printstring(s);
  printnl();
  printunlock();
}

static void basics() {
  eface nilv = {nullptr, nullptr};
  // CHECK: kinds 0 2 24 25 22
  printlock();
  prints("kinds ");
  printint(kindOf(nilv));
  printsp();
  printint(kindOf({&tInt, box(&tInt, (int64_t)1)}));
  printsp();
  printint(kindOf({&tString, box(&tString, S("s"))}));
  printsp();
  printint(kindOf({&tT.typ, nullptr}));
  printsp();
  printint(kindOf({&tPInt.typ, nullptr}));
  printnl();
  printunlock();
  // CHECK-NEXT: names <nil> main.T
  printlock();
  prints("names ");
  printstring(typeString(nilv));
  printsp();
  printstring(typeString({&tT.typ, nullptr}));
  printnl();
  printunlock();
  EXPECT(typeID({&tInt, nullptr}) == (uintptr_t)&tInt);

  EXPECT(intOf({&tInt8, box(&tInt8, (int8_t)-5)}) == -5);
  EXPECT(intOf({&tInt32, box(&tInt32, (int32_t)-70000)}) == -70000);
  EXPECT(intOf({&tInt, box(&tInt, (int64_t)1 << 40)}) == (int64_t)1 << 40);
  EXPECT(uintOf({&tUint8, box(&tUint8, (uint8_t)200)}) == 200);
  EXPECT(uintOf({&tUint16, box(&tUint16, (uint16_t)65535)}) == 65535);
  EXPECT(uintOf({&tBool, box(&tBool, true)}) == 1);
  EXPECT(floatOf({&tFloat64, box(&tFloat64, 2.5)}) == 2.5);
  EXPECT(floatOf({&tFloat32, box(&tFloat32, 0.1f)}) == (double)0.1f);
  // CHECK-NEXT: string hello
  show("string", stringOf({&tString, box(&tString, S("hello"))}));
  EXPECT(lenOf({&tString, box(&tString, S("hello"))}) == 5);

  int64_t x = 42;
  EXPECT(pointerOf({&tPInt.typ, box(&tPInt.typ, &x)}) == (uintptr_t)&x);
  funcval fv = {12345};
  EXPECT(pointerOf({&tFunc, box(&tFunc, &fv)}) == 12345);
  EXPECT(pointerOf({&tFunc, box(&tFunc, (funcval *)nullptr)}) == 0);
  eface px = elemOf({&tPInt.typ, box(&tPInt.typ, &x)});
  EXPECT(px._type == &tInt && px.data == &x);
  eface pnil = elemOf({&tPInt.typ, box(&tPInt.typ, (int64_t *)nullptr)});
  EXPECT(pnil._type == nullptr && pnil.data == nullptr);
  // Scan's stores, by size.
  int8_t i8 = 0;
  storeInt({&tInt8, &i8}, -300);
  uint16_t u16 = 0;
  storeUint({&tUint16, &u16}, 70000);
  bool b = false;
  storeUint({&tBool, &b}, 1);
  float f32 = 0;
  storeFloat({&tFloat32, &f32}, 0.1);
  String s = {nullptr, 0};
  storeString({&tString, &s}, S("stored"));
  EXPECT(i8 == (int8_t)-300 && u16 == (uint16_t)70000 && b && f32 == 0.1f && eqstring(s, S("stored")));
  say("basics ok");
  // CHECK-NEXT: basics ok
}

static void lists() {
  int64_t arr[3] = {7, 8, 9};
  eface a = {&tArr3.typ, arr};
  EXPECT(lenOf(a) == 3 && elemKindOf(a) == kindInt);
  eface e2 = indexOf(a, 2);
  EXPECT(e2._type == &tInt && e2.data == &arr[2] && intOf(e2) == 9);

  Slice s = {arr, 2, 3};
  eface sv = {&tInts.typ, &s};
  EXPECT(lenOf(sv) == 2 && intOf(indexOf(sv, 1)) == 8 && pointerOf(sv) == (uintptr_t)arr);

  // sort.Slice's swapper: 8-byte and 300-byte elements.
  EXPECT(sliceLen(sv) == 2);
  swapElems(sv, 0, 1);
  EXPECT(arr[0] == 8 && arr[1] == 7 && arr[2] == 9);
  big *bs = (big *)mallocgc(2 * sizeof(big), nullptr, true);
  memset(bs[0].bytes, 1, sizeof(big));
  memset(bs[1].bytes, 2, sizeof(big));
  Slice bsl = {bs, 2, 2};
  swapElems({&tBigs.typ, &bsl}, 1, 0);
  EXPECT(bs[0].bytes[0] == 2 && bs[0].bytes[299] == 2 && bs[1].bytes[0] == 1 && bs[1].bytes[299] == 1);
  say("lists ok");
  // CHECK-NEXT: lists ok
}

static void structs() {
  int64_t target = 5;
  T t = {1, S("unexported"), &target, {&tInt, box(&tInt, (int64_t)3)}, {nullptr, nullptr}};
  eface v = {&tT.typ, &t};
  EXPECT(numField(v) == 5);
  // CHECK-NEXT: fields Inner b P I E
  printlock();
  prints("fields");
  for (intgo i = 0; i < numField(v); i++) {
    printsp();
    printstring(fieldName(v, i));
  }
  printnl();
  printunlock();
  eface inner = fieldOf(v, 0);
  EXPECT(inner._type == &tInner.typ && intOf(fieldOf(inner, 0)) == 1);
  // CHECK-NEXT: field b unexported
  show("field b", stringOf(fieldOf(v, 1)));
  EXPECT(elemOf(fieldOf(v, 2)).data == &target);
  // An interface{} field holds its dynamic value; a nil error none.
  eface i = fieldOf(v, 3);
  EXPECT(kindOf(i) == kindInterface);
  EXPECT(intOf(elemOf(i)) == 3);
  eface e = elemOf(fieldOf(v, 4));
  EXPECT(e._type == nullptr && e.data == nullptr);
  EXPECT(!isComparable({&tT.typ, &t}) && isComparable({&tInt, nullptr}) && !isComparable({nullptr, nullptr}));
  say("structs ok");
  // CHECK-NEXT: structs ok
}

static void maps() {
  hmap *h = makemap(&tStrInt, 0);
  for (int64_t n = 0; n < 50; n++)
    *(int64_t *)mapassign(&tStrInt, h, box(&tString, numstr("k", n))) = n;
  eface m = {&tStrInt.typ, box(&tStrInt.typ, h)};
  EXPECT(lenOf(m) == 50);
  eface keys[60], elems[60];
  intgo n = mapEntries(m, keys, elems, 60);
  EXPECT(n == 50);
  int64_t sum = 0;
  bool seen[50] = {};
  for (intgo i = 0; i < n; i++) {
    EXPECT(keys[i]._type == &tString && elems[i]._type == &tInt);
    int64_t v = intOf(elems[i]);
    EXPECT(eqstring(stringOf(keys[i]), numstr("k", v)) && !seen[v]);
    seen[v] = true;
    sum += v;
  }
  EXPECT(sum == 49 * 50 / 2);
  EXPECT(mapEntries(m, keys, elems, 10) == 10);
  hmap *none = nullptr;
  EXPECT(lenOf({&tStrInt.typ, &none}) == 0 && mapEntries({&tStrInt.typ, &none}, keys, elems, 60) == 0);
  say("maps ok");
  // CHECK-NEXT: maps ok
}

static void errorsAs() {
  int64_t x = 0;
  int64_t code = 7;
  eface v = {&tE.typ, &code};
  int64_t target = 0;
  EXPECT(targetKind({&tInt, box(&tInt, (int64_t)1)}) == 0);
  EXPECT(targetKind({&tPInt.typ, box(&tPInt.typ, (int64_t *)nullptr)}) == 0);
  EXPECT(targetKind({&tPInt.typ, box(&tPInt.typ, &x)}) == 1);
  EXPECT(targetKind({&tPE.typ, box(&tPE.typ, &target)}) == 2);
  // The same type: copied.
  EXPECT(assignTo({&tPE.typ, box(&tPE.typ, &target)}, v) && target == 7);
  EXPECT(!assignTo({&tPE.typ, box(&tPE.typ, &target)}, {&tInt, &code}));
  // An interface it implements: stored with an itab.
  iface e = {nullptr, nullptr};
  EXPECT(assignTo({&tPError.typ, box(&tPError.typ, &e)}, v) && e.tab && e.tab->_type == &tE.typ && e.data == &code);
  EXPECT(!assignTo({&tPError.typ, box(&tPError.typ, &e)}, {&tInt, &code}));
  eface any = {nullptr, nullptr};
  EXPECT(assignTo({&tPEface.typ, box(&tPEface.typ, &any)}, v) && any._type == &tE.typ);
  say("errors ok");
  // CHECK-NEXT: errors ok
}

void main_main() {
  basics();
  lists();
  structs();
  maps();
  errorsAs();
  // sort.Slice(42, ...) panics as gc's reflect does.
  sliceLen({&tInt, box(&tInt, (int64_t)42)});
  // CHECK-NEXT: panic: reflect: call of Swapper on int Value
}
