//===- runtime/type.h - type descriptors, maps and itabs ------------------===//
//
// The kind-specific type descriptors, after Go's runtime/type.go, and the
// structures of maps (map.cpp) and interfaces (iface.cpp) that compiled code
// shares with the runtime. Every descriptor starts with the common _type
// header (runtime2.h) and adds what its kind needs: a `type.*int` is a
// ptrtype, whose elem is `type.int`. Descriptors are emitted by the compiler
// as constants, one per type per program, so the runtime compares types by
// address.
//
// Go encodes names as offsets into a module's name section (nameOff,
// typeOff, textOff) to keep binaries small and relocation-free. golc has no
// such section: names are Strings, types and code are plain pointers, and
// variable-length lists are Slices, so that the compiler emits descriptors
// as ordinary LLVM constants and abigen can describe every one of them.
//
// Records shared with compiled code are GOLC_ABI: runtime2.h includes this
// file, so tools/abigen sees them and lower/RuntimeABICheck.cpp pins the
// shapes the compiler builds. docs/runtime-abi.md ("Composite values")
// says what goes in each field. This file also compiles on its own.
//
//===----------------------------------------------------------------------===//
#ifndef GOLC_RUNTIME_TYPE_H
#define GOLC_RUNTIME_TYPE_H

#include "runtime2.h"

// _type.tflag bits, as Go's.
enum : uint8_t {
  tflagUncommon = 1 << 0,      // unused by golc: _type.uncommon is a pointer
  tflagExtraStar = 1 << 1,     // unused by golc: str is the name as printed
  tflagNamed = 1 << 2,         // the type has a name (int, main.T)
  tflagRegularMemory = 1 << 3, // equal and hash may treat a value as size bytes
};

//===----------------------------------------------------------------------===//
// Descriptors of the kinds with more to say than _type
//===----------------------------------------------------------------------===//

// *T.
struct GOLC_ABI ptrtype {
  _type typ;
  _type *elem;
};

// []T.
struct GOLC_ABI slicetype {
  _type typ;
  _type *elem;
};

// [len]T. slice is the descriptor of []T (reflect uses it in Go; golc
// may leave it null).
struct GOLC_ABI arraytype {
  _type typ;
  _type *elem;
  _type *slice;
  uintptr_t len;
};

// Channel directions, as Go's chantype.dir.
enum : uintptr_t {
  chanRecvDir = 1,
  chanSendDir = 2,
  chanBothDir = chanRecvDir | chanSendDir,
};

// chan T, <-chan T, chan<- T.
struct GOLC_ABI chantype {
  _type typ;
  _type *elem;
  uintptr_t dir;
};

// A hash function of map keys: the hash of the key at p, seeded with seed.
typedef uintptr_t (*hashfunc)(const void *p, uintptr_t seed);

// maptype.flags bits, as Go's.
enum : uint32_t {
  mapIndirectKey = 1,     // the bucket stores a pointer to the key
  mapIndirectElem = 2,    // the bucket stores a pointer to the element
  mapReflexiveKey = 4,    // k == k for every key (no floats, no interfaces)
  mapNeedKeyUpdate = 8,   // an overwrite must also store the key (+0/-0, strings)
  mapHashMightPanic = 16, // the hasher may panic (interface keys)
};

// map[K]V. The compiler computes the bucket geometry (docs/runtime-abi.md):
// a key or element bigger than 128 bytes is stored indirectly, its slot
// then a pointer (keysize/elemsize 8), and a bucket is
// 8 tophash bytes + 8 key slots + 8 element slots + the overflow pointer.
struct GOLC_ABI maptype {
  _type typ;
  _type *key;
  _type *elem;
  hashfunc hasher;
  uint8_t keysize;     // size of a key slot
  uint8_t elemsize;    // size of an element slot
  uint16_t bucketsize; // size of a bucket
  uint32_t flags;
};

// One field of a struct type. An embedded field's name is its type's name;
// a blank field's is "_".
struct GOLC_ABI structfield {
  String name;
  _type *typ;
  uintptr_t offset;
};

// struct { ... }: fields is a []structfield in declaration order.
struct GOLC_ABI structtype {
  _type typ;
  String pkgPath;
  Slice fields;
};

// One method of an interface: typ is the method's func type (without a
// receiver).
struct GOLC_ABI imethod {
  String name;
  _type *typ;
};

// interface { ... }: methods is a []imethod sorted by name (bytewise).
// pkgPath is the package that declared the interface: an unexported method
// can only be implemented by a type of that package.
struct GOLC_ABI interfacetype {
  _type typ;
  String pkgPath;
  Slice methods;
};

// The outCount bit that marks a variadic function, as Go's.
enum : uint16_t { funcVariadic = 1 << 15 };

// func(in...) (out...): params points to inCount parameter types followed by
// the result types (outCount & ~funcVariadic of them).
struct GOLC_ABI functype {
  _type typ;
  uint16_t inCount;
  uint16_t outCount;
  _type *const *params;
};

// One method of a named type (or of a pointer to one). mtyp is its func
// type without the receiver, the same descriptor as the imethod.typ of any
// interface method it implements; ifn is the code an interface call runs,
// which receives the interface's data word (a pointer to the value) first.
struct GOLC_ABI method {
  String name;
  _type *mtyp;
  void *ifn;
};

// What _type.uncommon points to: the package of a named type and its method
// set, a []method sorted by name (bytewise).
struct GOLC_ABI uncommontype {
  String pkgPath;
  Slice methods;
};

//===----------------------------------------------------------------------===//
// Interfaces (iface.cpp)
//===----------------------------------------------------------------------===//

// The first word of a non-empty interface value: which type implements
// which interface, and the methods in the interface's order. Allocated with
// room for every method (fun is variable-sized, as in Go); fun[0] == 0
// records that _type does not implement inter. hash is _type->hash, for
// type switches.
struct GOLC_ABI itab {
  interfacetype *inter;
  _type *_type;
  uint32_t hash;
  uint8_t pad[4];
  void *fun[1];
};

// A non-empty interface value: LLVM { ptr, ptr }. tab is null for a nil
// interface. itabs are not unique per (interface, type) pair: compiled code
// has its own static ones beside getitab's, so a comparison of dynamic types
// compares tab->_type, never tab.
struct GOLC_ABI iface {
  itab *tab;
  void *data;
};

//===----------------------------------------------------------------------===//
// Maps (map.cpp)
//===----------------------------------------------------------------------===//

struct bmap;
struct mapextra;

// A map: what a map value points to (null: the nil map). count comes first
// so that len(m) could be one load.
struct GOLC_ABI hmap {
  intgo count;        // live entries: len(m)
  uint8_t flags;      // iterator, oldIterator, hashWriting, sameSizeGrow
  uint8_t B;          // log2 of the number of buckets
  uint16_t noverflow; // overflow buckets, approximately (see incrnoverflow)
  uint32_t hash0;     // this map's hash seed
  void *buckets;      // 2^B buckets; null until the first insertion
  void *oldbuckets;   // the previous bucket array while growing, else null
  uintptr_t nevacuate; // old buckets below this one have been evacuated
  mapextra *extra;    // overflow bookkeeping (map.cpp); may be null
};

// The state of one `range` over a map, allocated by the compiler (on the
// stack, where the collector sees it) and filled in by mapiterinit. key and
// elem point to the current entry; key == null when the loop is done.
struct GOLC_ABI hiter {
  void *key;
  void *elem;
  maptype *t;
  hmap *h;
  void *buckets;          // the bucket array when the iteration started
  bmap *bptr;             // the bucket being walked
  void *overflow;         // keeps h's overflow buckets alive (pointer-free maps)
  void *oldoverflow;      // ... and those of the old bucket array
  uintptr_t startBucket;  // the (random) bucket the iteration started at
  uint8_t offset;         // the (random) slot each bucket starts at
  bool wrapped;           // the bucket index wrapped around to 0
  uint8_t B;              // h->B when the iteration started
  uint8_t i;              // next slot in bptr
  uintptr_t bucket;       // next bucket
  uintptr_t checkBucket;  // see mapiternext
};

//===----------------------------------------------------------------------===//
// Results of runtime calls that return two words
//===----------------------------------------------------------------------===//

// growslice, stringtoslicebyte, stringtoslicerune: the new backing array
// and its capacity (the caller knows the length). LLVM { ptr, i64 }.
struct GOLC_ABI SliceGrow {
  void *array;
  intgo cap;
};

// mapaccess2: the element (or a zero value) and whether the key was there.
// LLVM { ptr, i1 } (the bool comes back in dl).
struct GOLC_ABI MapAccess2 {
  void *elem;
  bool ok;
};

#endif // GOLC_RUNTIME_TYPE_H
