//===- runtime/symtab.cpp - the function containing a pc ------------------===//
//
// gc's binaries carry their own function table (pclntab). golc's have the
// one the linker writes anyway: the ELF symbol table, .symtab, whose
// STT_FUNC symbols name every function of the program under its Go name,
// the ones with internal linkage included: func literals (main.main.func1),
// the thunks of go and defer statements (main.main.gowrap1,
// main.f.deferwrap1), method wrappers. The dynamic symbol table has only
// the external ones.
//
// .symtab is not loaded with the program, so the first lookup reads it
// from /proc/self/exe. That lookup happens while the program dies: in a
// panic, in a fatal error on g0 or on the signal stack, maybe with a lock
// of malloc or of the collector held. So reading takes no lock and
// allocates nothing from the collector; it uses system calls only. The
// file is mapped, its function symbols are copied into one anonymous
// mapping (the table sorted by address, then the names), and the file is
// unmapped and closed. A lookup is then a binary search. One thread reads;
// a thread that looks up a pc meanwhile (or a fault while reading) gets
// the fallback below rather than waiting.
//
// Symbol values are link-time addresses. golc links position-dependent
// executables (ET_EXEC: they are the run-time addresses); a PIE (ET_DYN)
// is loaded with a bias, the difference between where the kernel put the
// program headers (AT_PHDR) and their address in the file (PT_PHDR).
//
// Without a readable symbol table (no /proc, a stripped executable) names
// come from the dynamic symbol table through dladdr: the functions of
// shared libraries, and the program's own only if it was linked with
// --export-dynamic (the runtime's C test programs are).
//
//===----------------------------------------------------------------------===//

#include "runtime.h"

#include <dlfcn.h>
#include <elf.h>
#include <fcntl.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

// One function of the table: [entry, end) is its code.
struct functab {
  uintptr_t entry;
  uintptr_t end;
  const char *name;
};

// The table's life: unread until the first lookup, then read once.
enum : uint32_t { symtabUnread, symtabReading, symtabRead, symtabUnreadable };
static uint32_t symtabState;
static functab *ftab; // sorted by entry; valid once symtabState is symtabRead
static uintptr_t nftab;

// Reports whether [off, off+n) lies within a file of size bytes.
static bool inbounds(uint64_t off, uint64_t n, uint64_t size) {
  return off <= size && n <= size - off;
}

// GCC splits and specialises C functions (libgc's) into local clones named
// after them with a suffix: GC_init.part.0, GC_set_stackbottom.cold,
// GC_push_contents_hdr.constprop.0. The dot would make them look like Go
// functions, so they stay out of the table; a pc in one is in no function.
static bool isgccclone(const char *name) {
  static const char *const infixes[] = {".part.", ".constprop.", ".isra.", ".lto_priv.", ".cold."};
  for (const char *infix : infixes)
    if (strstr(name, infix))
      return true;
  size_t n = strlen(name);
  return n > 5 && strcmp(name + n - 5, ".cold") == 0;
}

// Reports whether sym is a function of the program worth naming.
static bool isfunc(const Elf64_Sym &sym, const char *strtab, uint64_t strsize) {
  if (ELF64_ST_TYPE(sym.st_info) != STT_FUNC || sym.st_shndx == SHN_UNDEF ||
      sym.st_shndx == SHN_ABS || sym.st_value == 0 || sym.st_name >= strsize)
    return false;
  const char *name = strtab + sym.st_name;
  if (!memchr(name, 0, strsize - sym.st_name))
    return false; // unterminated: a damaged string table
  return !(ELF64_ST_BIND(sym.st_info) == STB_LOCAL && isgccclone(name));
}

// What to add to a symbol's value to get its run-time address, for the
// executable whose ELF header is at file.
static bool loadbias(const uint8_t *file, uint64_t size, uintptr_t *bias) {
  const Elf64_Ehdr *eh = (const Elf64_Ehdr *)file;
  if (eh->e_type == ET_EXEC) {
    *bias = 0;
    return true;
  }
  if (eh->e_type != ET_DYN || eh->e_phentsize != sizeof(Elf64_Phdr) ||
      !inbounds(eh->e_phoff, (uint64_t)eh->e_phnum * sizeof(Elf64_Phdr), size))
    return false;
  const Elf64_Phdr *ph = (const Elf64_Phdr *)(file + eh->e_phoff);
  for (int i = 0; i < eh->e_phnum; i++) {
    if (ph[i].p_type == PT_PHDR) {
      *bias = getauxval(AT_PHDR) - ph[i].p_vaddr;
      return true;
    }
  }
  return false;
}

// Sorts t[0:n] by entry (a heapsort: no memory, no recursion; libc's
// qsort may call malloc).
static void sortftab(functab *t, uintptr_t n) {
  auto siftdown = [t](uintptr_t root, uintptr_t n) {
    for (;;) {
      uintptr_t child = 2 * root + 1;
      if (child >= n)
        return;
      if (child + 1 < n && t[child + 1].entry > t[child].entry)
        child++;
      if (t[root].entry >= t[child].entry)
        return;
      functab tmp = t[root];
      t[root] = t[child];
      t[child] = tmp;
      root = child;
    }
  };
  for (uintptr_t i = n / 2; i-- > 0;)
    siftdown(i, n);
  for (uintptr_t end = n; end-- > 1;) {
    functab tmp = t[0];
    t[0] = t[end];
    t[end] = tmp;
    siftdown(0, end);
  }
}

// Builds ftab from the executable mapped at file (size bytes).
static bool buildftab(const uint8_t *file, uint64_t size) {
  if (size < sizeof(Elf64_Ehdr))
    return false;
  const Elf64_Ehdr *eh = (const Elf64_Ehdr *)file;
  if (memcmp(eh->e_ident, ELFMAG, SELFMAG) != 0 || eh->e_ident[EI_CLASS] != ELFCLASS64 ||
      eh->e_ident[EI_DATA] != ELFDATA2LSB || eh->e_shentsize != sizeof(Elf64_Shdr) ||
      !inbounds(eh->e_shoff, (uint64_t)eh->e_shnum * sizeof(Elf64_Shdr), size))
    return false;
  const Elf64_Shdr *sh = (const Elf64_Shdr *)(file + eh->e_shoff);
  const Elf64_Shdr *symsh = nullptr;
  for (int i = 0; i < eh->e_shnum && !symsh; i++)
    if (sh[i].sh_type == SHT_SYMTAB)
      symsh = &sh[i];
  if (!symsh || symsh->sh_entsize != sizeof(Elf64_Sym) || symsh->sh_link >= eh->e_shnum ||
      !inbounds(symsh->sh_offset, symsh->sh_size, size))
    return false;
  const Elf64_Shdr *strsh = &sh[symsh->sh_link];
  if (strsh->sh_type != SHT_STRTAB || !inbounds(strsh->sh_offset, strsh->sh_size, size))
    return false;
  uintptr_t bias;
  if (!loadbias(file, size, &bias))
    return false;

  const Elf64_Sym *syms = (const Elf64_Sym *)(file + symsh->sh_offset);
  uint64_t nsyms = symsh->sh_size / sizeof(Elf64_Sym);
  const char *strtab = (const char *)(file + strsh->sh_offset);
  uint64_t strsize = strsh->sh_size;

  // Count the functions and their names' bytes, then copy both into one
  // mapping: the table, then the names.
  uintptr_t n = 0, namebytes = 0;
  for (uint64_t i = 0; i < nsyms; i++) {
    if (isfunc(syms[i], strtab, strsize)) {
      n++;
      namebytes += strlen(strtab + syms[i].st_name) + 1;
    }
  }
  if (n == 0)
    return false;
  void *mem = mmap(nullptr, n * sizeof(functab) + namebytes, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (mem == MAP_FAILED)
    return false;
  functab *t = (functab *)mem;
  char *names = (char *)(t + n);
  uintptr_t k = 0;
  for (uint64_t i = 0; i < nsyms; i++) {
    const Elf64_Sym &sym = syms[i];
    if (!isfunc(sym, strtab, strsize))
      continue;
    size_t len = strlen(strtab + sym.st_name) + 1;
    memcpy(names, strtab + sym.st_name, len);
    t[k].entry = sym.st_value + bias;
    t[k].end = t[k].entry + sym.st_size; // an unknown size (0) is fixed below
    t[k].name = names;
    names += len;
    k++;
  }
  sortftab(t, n);
  // A symbol without a size (hand-written assembly may omit .size) ends
  // where the next function starts; the last one has only its entry.
  for (uintptr_t i = 0; i < n; i++)
    if (t[i].end == t[i].entry)
      t[i].end = i + 1 < n ? t[i + 1].entry : t[i].entry + 1;
  ftab = t;
  nftab = n;
  return true;
}

// Maps the running executable and builds ftab from it.
static bool readsymtab() {
  int fd = open("/proc/self/exe", O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return false;
  struct stat st;
  void *file = MAP_FAILED;
  if (fstat(fd, &st) == 0 && st.st_size > 0)
    file = mmap(nullptr, st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
  close(fd);
  if (file == MAP_FAILED)
    return false;
  bool ok = buildftab((const uint8_t *)file, st.st_size);
  munmap(file, st.st_size);
  return ok;
}

// Reports whether ftab is there, reading it on the first call.
static bool symtabready() {
  uint32_t state = __atomic_load_n(&symtabState, __ATOMIC_ACQUIRE);
  if (state == symtabUnread &&
      __atomic_compare_exchange_n(&symtabState, &state, symtabReading, false, __ATOMIC_ACQ_REL,
                                  __ATOMIC_ACQUIRE)) {
    state = readsymtab() ? symtabRead : symtabUnreadable;
    __atomic_store_n(&symtabState, state, __ATOMIC_RELEASE);
  }
  return state == symtabRead;
}

funcInfo findfunc(uintptr_t pc) {
  if (symtabready()) {
    // The last function starting at or below pc, if pc is inside it.
    uintptr_t lo = 0, hi = nftab;
    while (lo < hi) {
      uintptr_t mid = lo + (hi - lo) / 2;
      if (ftab[mid].entry <= pc)
        lo = mid + 1;
      else
        hi = mid;
    }
    if (lo > 0 && pc < ftab[lo - 1].end)
      return funcInfo{ftab[lo - 1].name, ftab[lo - 1].entry};
    return funcInfo{nullptr, 0};
  }
  Dl_info info;
  if (dladdr((void *)pc, &info) && info.dli_sname && info.dli_saddr)
    return funcInfo{info.dli_sname, (uintptr_t)info.dli_saddr};
  return funcInfo{nullptr, 0};
}
