//===- driver/main.cpp - the golc command -------------------------------------===//
// golc build [flags] file.go...      compile (and link) a main package
// golc run [flags] file.go... [args] build to a temporary file and run it
// golc version | golc help
//
// The driver reads the files, then runs the phases in order, each of which may
// be the last: -emit-tokens (lex), -emit-ast (parse), sema, -emit-llvm (lower,
// then the -O pipeline), -S / -c (TargetMachine), link (lld). Exit status: 0,
// 1 when diagnostics were reported, 2 for usage errors; `golc run` exits with
// the program's own status.
//===----------------------------------------------------------------------===//
#include "ast/AST.h"
#include "diag/Diag.h"
#include "driver/Backend.h"
#include "driver/Packages.h"
#include "lex/Lexer.h"
#include "link/Link.h"
#include "lower/Lower.h"
#include "parse/Parser.h"
#include "sema/Sema.h"
#include "llvm/Bitcode/BitcodeWriter.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/IR/Verifier.h"
#include "llvm/Linker/Linker.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FileUtilities.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Signals.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/thread.h"
#include <csignal>
#include <cstdlib>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace golc;

namespace {

const char *const kVersion = "0.1.0";

/// What the user asked for, from the command line.
struct Options {
  enum class Stop { Tokens, AST, LLVM, Assembly, Object, Executable };
  Stop stop = Stop::Executable;
  bool emitLLVM = false, dashS = false, dashC = false;
  unsigned optLevel = 2;
  bool debugInfo = false;
  bool verbose = false;
  std::string output; // empty: derived from the first file's name
  std::vector<std::string> files;
  std::vector<std::string> programArgs; // golc run only
};

enum ExitCode { ExitOK = 0, ExitDiags = 1, ExitUsage = 2, ExitInternal = 3 };

void printUsage(llvm::raw_ostream &os) {
  os << "golc compiles Go programs (a subset of Go) to native executables "
        "through LLVM.\n\n"
        "Usage:\n"
        "  golc build [flags] file.go...       compile and link a main package\n"
        "  golc run [flags] file.go... [args]  build and run it\n"
        "  golc version                        print golc's version\n"
        "  golc help                           print this help\n\n"
        "Flags:\n"
        "  -o file      write the output to file (- for stdout)\n"
        "  -O0 .. -O3   optimisation level (default -O2)\n"
        "  -g           emit DWARF debug information for the Go code\n"
        "  -emit-llvm   stop after LLVM IR: textual .ll (with -c: bitcode .bc)\n"
        "  -S           stop after code generation: assembly .s\n"
        "  -c           stop after code generation: object file .o\n"
        "  -emit-ast    print the syntax tree and stop\n"
        "  -emit-tokens print the tokens and stop\n"
        "  -v           print the link command\n";
}

int usageError(const std::string &msg) {
  llvm::errs() << "golc: " << msg << "\n"
               << "run 'golc help' for usage\n";
  return ExitUsage;
}

bool isGoFile(llvm::StringRef arg) { return arg.ends_with(".go"); }

/// Parses the flags and files after the command word. For `run`, the first
/// argument after the .go files (or after `--`) starts the program's own.
int parseArgs(llvm::ArrayRef<const char *> args, bool isRun, Options &opts) {
  for (size_t i = 0; i < args.size(); ++i) {
    llvm::StringRef a = args[i];
    if (!opts.files.empty() && isRun && !isGoFile(a)) {
      size_t from = a == "--" ? i + 1 : i;
      for (size_t j = from; j < args.size(); ++j)
        opts.programArgs.push_back(args[j]);
      break;
    }
    if (a == "-o") {
      if (i + 1 == args.size())
        return usageError("flag needs an argument: -o");
      opts.output = args[++i];
    } else if (a.starts_with("-o") && a.size() > 2 && !a.starts_with("-O")) {
      opts.output = a.substr(2).str();
    } else if (a == "-O0" || a == "-O1" || a == "-O2" || a == "-O3") {
      opts.optLevel = a[2] - '0';
    } else if (a == "-g") {
      opts.debugInfo = true;
    } else if (a == "-emit-llvm") {
      opts.emitLLVM = true;
    } else if (a == "-S") {
      opts.dashS = true;
    } else if (a == "-c") {
      opts.dashC = true;
    } else if (a == "-emit-ast") {
      opts.stop = Options::Stop::AST;
    } else if (a == "-emit-tokens") {
      opts.stop = Options::Stop::Tokens;
    } else if (a == "-v") {
      opts.verbose = true;
    } else if (a == "--") {
      continue;
    } else if (a.starts_with("-") && a != "-") {
      return usageError(("unknown flag " + a).str());
    } else {
      opts.files.push_back(a.str());
    }
  }
  if (opts.files.empty())
    return usageError("no Go files given");
  if (opts.stop == Options::Stop::Executable) {
    if (opts.emitLLVM)
      opts.stop = Options::Stop::LLVM;
    else if (opts.dashS)
      opts.stop = Options::Stop::Assembly;
    else if (opts.dashC)
      opts.stop = Options::Stop::Object;
  }
  if (isRun && opts.stop != Options::Stop::Executable)
    return usageError("golc run takes no -emit-*, -S or -c flags");
  return -1;
}

/// The default output name: the first file's base name with `ext` instead of
/// `.go` (`go build` names executables the same way).
std::string defaultOutput(const Options &opts, llvm::StringRef ext) {
  llvm::SmallString<128> name(llvm::sys::path::filename(opts.files.front()));
  llvm::sys::path::replace_extension(name, ext);
  return std::string(name);
}

/// Writes `data` to `path` ("-" is stdout). The file is opened in place, never
/// replaced, so `-o /dev/null` stays a device.
bool writeOutput(const std::string &path, llvm::StringRef data) {
  std::error_code ec;
  llvm::raw_fd_ostream os(path, ec, llvm::sys::fs::OF_None);
  if (ec) {
    llvm::errs() << "golc: cannot write " << path << ": " << ec.message()
                 << "\n";
    return false;
  }
  os << data;
  return true;
}

/// Moves the linked program at `from` to `to`: a rename when `to` is a
/// regular file (or absent), a copy into a special file such as /dev/null
/// (lld, like most linkers, would replace the device with a file).
bool installExecutable(const std::string &from, const std::string &to) {
  llvm::sys::fs::file_status st;
  bool special = !llvm::sys::fs::status(to, st) &&
                 st.type() != llvm::sys::fs::file_type::regular_file;
  if (!special) {
    if (!llvm::sys::fs::rename(from, to))
      return true;
    // Another file system: copy, then make it executable.
    if (!llvm::sys::fs::copy_file(from, to) &&
        !llvm::sys::fs::setPermissions(to, llvm::sys::fs::all_read |
                                               llvm::sys::fs::all_write |
                                               llvm::sys::fs::all_exe))
      return true;
    llvm::errs() << "golc: cannot write " << to << "\n";
    return false;
  }
  auto buf = llvm::MemoryBuffer::getFile(from, /*IsText=*/false);
  return buf && writeOutput(to, (*buf)->getBuffer());
}

/// libgolcrt.a beside golc: <bindir>/../lib.
std::string runtimeLibPath(const char *argv0) {
  static int anchor;
  std::string exe = llvm::sys::fs::getMainExecutable(argv0, &anchor);
  llvm::SmallString<256> path(llvm::sys::path::parent_path(exe));
  llvm::sys::path::append(path, "..", "lib", "libgolcrt.a");
  return std::string(path);
}

/// Compiles opts.files; on success with Stop::Executable, `exePath` is the
/// linked program. Returns an ExitCode.
int compile(const Options &opts, const char *argv0, const std::string &exePath) {
  SourceManager sm;
  DiagEngine diags(sm);
  std::vector<uint32_t> fileIds;
  for (const std::string &path : opts.files) {
    auto buf = llvm::MemoryBuffer::getFile(path, /*IsText=*/true);
    if (!buf) {
      llvm::errs() << "golc: open " << path << ": " << buf.getError().message()
                   << "\n";
      return ExitDiags;
    }
    fileIds.push_back(sm.addFile(path, (*buf)->getBuffer().str()));
  }

  if (opts.stop == Options::Stop::Tokens) {
    std::string text;
    llvm::raw_string_ostream os(text);
    for (uint32_t id : fileIds)
      printTokens(lexFile(sm, id, diags), os);
    if (!writeOutput(opts.output.empty() ? "-" : opts.output, text))
      return ExitDiags;
    bool failed = diags.hasErrors();
    diags.flush();
    return failed ? ExitDiags : ExitOK;
  }

  ast::ASTContext astCtx;
  std::vector<ast::File *> files;
  for (uint32_t id : fileIds)
    files.push_back(parseFile(sm, id, astCtx, diags));

  if (opts.stop == Options::Stop::AST) {
    std::string text;
    llvm::raw_string_ostream os(text);
    for (ast::File *f : files)
      ast::printAST(*f, os);
    if (!writeOutput(opts.output.empty() ? "-" : opts.output, text))
      return ExitDiags;
    bool failed = diags.hasErrors();
    diags.flush();
    return failed ? ExitDiags : ExitOK;
  }
  if (diags.hasErrors()) {
    diags.flush();
    return ExitDiags;
  }

  // The stdlib packages main imports, dependencies first, then main.
  std::vector<SourcePackage> packages;
  if (!loadImports(files, sm, astCtx, diags, packages)) {
    diags.flush();
    return ExitDiags;
  }
  packages.push_back({"main", files, {}});

  sema::SemaContext semaCtx;
  std::map<std::string, sema::Package *> checked;
  std::vector<sema::Package *> pkgs;
  for (const SourcePackage &sp : packages) {
    sema::Package *pkg =
        sema::checkPackage(sp.files, semaCtx, diags, checked, sp.path);
    if (!pkg || diags.hasErrors()) {
      diags.flush();
      return ExitDiags;
    }
    checked[sp.path] = pkg;
    pkgs.push_back(pkg);
  }

  // One module for the whole program: each package lowered on its own, then
  // linked in (a package refers to another's functions by their Go names).
  llvm::LLVMContext llctx;
  LowerOptions lowerOpts;
  lowerOpts.debugInfo = opts.debugInfo;
  lowerOpts.moduleName = opts.files.front();
  std::unique_ptr<llvm::Module> mod =
      lowerPackage(*pkgs.back(), semaCtx, sm, llctx, lowerOpts);
  if (diags.hasErrors() || !mod) {
    diags.flush();
    return ExitDiags;
  }
  for (size_t i = 0; i + 1 < pkgs.size(); ++i) {
    std::unique_ptr<llvm::Module> dep =
        lowerPackage(*pkgs[i], semaCtx, sm, llctx, lowerOpts);
    if (diags.hasErrors() || !dep ||
        llvm::Linker::linkModules(*mod, std::move(dep))) {
      diags.flush();
      llvm::errs() << "golc: internal compiler error: cannot link package "
                   << packages[i].path << "\n";
      return ExitInternal;
    }
  }
  std::string error;
  if (!prepareModule(*mod, opts.optLevel, error)) {
    llvm::errs() << "golc: " << error << "\n";
    return ExitInternal;
  }
  std::string verifyMsg;
  llvm::raw_string_ostream verifyOS(verifyMsg);
  if (llvm::verifyModule(*mod, &verifyOS)) {
    llvm::errs() << "golc: internal compiler error: invalid LLVM IR\n"
                 << verifyOS.str();
    return ExitInternal;
  }
  optimizeModule(*mod, opts.optLevel);

  if (opts.stop == Options::Stop::LLVM) {
    bool bitcode = opts.dashC;
    std::string path = opts.output.empty()
                           ? defaultOutput(opts, bitcode ? ".bc" : ".ll")
                           : opts.output;
    std::string text;
    llvm::raw_string_ostream os(text);
    if (bitcode)
      llvm::WriteBitcodeToFile(*mod, os);
    else
      mod->print(os, nullptr);
    return writeOutput(path, text) ? ExitOK : ExitDiags;
  }

  if (opts.stop == Options::Stop::Assembly ||
      opts.stop == Options::Stop::Object) {
    bool asmOut = opts.stop == Options::Stop::Assembly;
    std::string path = opts.output.empty()
                           ? defaultOutput(opts, asmOut ? ".s" : ".o")
                           : opts.output;
    llvm::SmallString<0> code;
    llvm::raw_svector_ostream os(code);
    if (!emitMachineCode(*mod,
                         asmOut ? OutputKind::Assembly : OutputKind::Object,
                         opts.optLevel, os, error)) {
      llvm::errs() << "golc: " << error << "\n";
      return ExitInternal;
    }
    return writeOutput(path, code) ? ExitOK : ExitDiags;
  }

  // Executable: object to a temporary file, then lld.
  llvm::SmallString<128> objPath;
  int fd;
  if (auto ec = llvm::sys::fs::createTemporaryFile("golc", "o", fd, objPath)) {
    llvm::errs() << "golc: cannot create a temporary file: " << ec.message()
                 << "\n";
    return ExitInternal;
  }
  llvm::FileRemover objRemover(objPath);
  {
    llvm::raw_fd_ostream objOS(fd, /*shouldClose=*/true);
    if (!emitMachineCode(*mod, OutputKind::Object, opts.optLevel, objOS,
                         error)) {
      llvm::errs() << "golc: " << error << "\n";
      return ExitInternal;
    }
  }
  // Link under a temporary name, then install as exePath.
  llvm::SmallString<128> linkPath;
  if (auto ec = llvm::sys::fs::createTemporaryFile("golc", "out", linkPath)) {
    llvm::errs() << "golc: cannot create a temporary file: " << ec.message()
                 << "\n";
    return ExitInternal;
  }
  llvm::FileRemover linkRemover(linkPath);
  LinkOptions linkOpts;
  linkOpts.output = std::string(linkPath);
  linkOpts.objects.push_back(std::string(objPath));
  linkOpts.runtimeLib = runtimeLibPath(argv0);
  linkOpts.verbose = opts.verbose;
  if (!llvm::sys::fs::exists(linkOpts.runtimeLib)) {
    llvm::errs() << "golc: runtime library not found at " << linkOpts.runtimeLib
                 << " (build the golcrt target)\n";
    return ExitInternal;
  }
  if (!linkExecutable(linkOpts, error)) {
    llvm::errs() << "golc: link failed: " << error << "\n";
    return ExitInternal;
  }
  return installExecutable(std::string(linkPath), exePath) ? ExitOK
                                                           : ExitDiags;
}

/// The phases recurse over the syntax tree, so a deeply nested program (gc
/// compiles `1 + 1 + ... + 1` with 100,000 terms) needs a deep stack: compile
/// on a thread with 1 GiB of it (address space only, until used).
int compileOnBigStack(const Options &opts, const char *argv0,
                      const std::string &exePath) {
  int rc = ExitInternal;
  llvm::thread worker(std::optional<unsigned>(1u << 30),
                      [&] { rc = compile(opts, argv0, exePath); });
  worker.join();
  return rc;
}

/// Runs `exe` with `args`, waits, and returns its exit status the way a shell
/// sees it: a program killed by a signal kills golc with the same signal.
int runProgram(const std::string &exe, const std::vector<std::string> &args) {
  std::vector<char *> argv;
  argv.push_back(const_cast<char *>(exe.c_str()));
  for (const std::string &a : args)
    argv.push_back(const_cast<char *>(a.c_str()));
  argv.push_back(nullptr);
  pid_t pid = fork();
  if (pid < 0) {
    llvm::errs() << "golc: fork failed\n";
    return ExitInternal;
  }
  if (pid == 0) {
    execv(exe.c_str(), argv.data());
    _exit(127);
  }
  // Let the program alone handle Ctrl-C while it runs.
  signal(SIGINT, SIG_IGN);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0) {
  }
  llvm::sys::fs::remove(exe);
  if (WIFEXITED(status))
    return WEXITSTATUS(status);
  if (WIFSIGNALED(status)) {
    int sig = WTERMSIG(status);
    signal(sig, SIG_DFL);
    raise(sig);
    return 128 + sig;
  }
  return ExitInternal;
}

} // namespace

int main(int argc, char **argv) {
  llvm::sys::PrintStackTraceOnErrorSignal(argv[0]);
  if (argc < 2) {
    printUsage(llvm::errs());
    return ExitUsage;
  }
  llvm::StringRef cmd = argv[1];
  if (cmd == "help" || cmd == "-h" || cmd == "--help" || cmd == "-help") {
    printUsage(llvm::outs());
    return ExitOK;
  }
  if (cmd == "version" || cmd == "--version") {
    llvm::outs() << "golc version " << kVersion << " (LLVM " LLVM_VERSION_STRING
                 << ") linux/amd64\n";
    return ExitOK;
  }
  if (cmd != "build" && cmd != "run")
    return usageError(("unknown command \"" + cmd + "\"").str());

  bool isRun = cmd == "run";
  Options opts;
  llvm::ArrayRef<const char *> rest(argv + 2, argc - 2);
  if (int rc = parseArgs(rest, isRun, opts); rc >= 0)
    return rc;

  if (!isRun) {
    std::string exe = opts.output.empty() ? defaultOutput(opts, "") : opts.output;
    return compileOnBigStack(opts, argv[0], exe);
  }

  llvm::SmallString<128> exePath;
  if (auto ec = llvm::sys::fs::createTemporaryFile("golc-run", "", exePath)) {
    llvm::errs() << "golc: cannot create a temporary file: " << ec.message()
                 << "\n";
    return ExitInternal;
  }
  int rc = compileOnBigStack(opts, argv[0], std::string(exePath));
  if (rc != ExitOK) {
    llvm::sys::fs::remove(exePath);
    return rc;
  }
  return runProgram(std::string(exePath), opts.programArgs);
}
