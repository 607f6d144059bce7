# lit configuration for golc. Suffixes .go and .test; substitutions %golc,
# %gorun (build, run, compare with gc) and the LLVM tools FileCheck, not, count.
import os
import shutil
import lit.formats

config.name = "golc"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".go", ".test"]
config.excludes = ["Inputs", "tools"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.golc_obj_root, "test")

# No test may hang the suite: each gets 5 minutes (lit needs psutil for this,
# installed by scripts/install-deps as python3-psutil).
try:
    import psutil  # noqa: F401
    lit_config.maxIndividualTestTime = 300
except ImportError:
    lit_config.note("psutil missing: tests run without a time limit")

config.substitutions.append(("%golc", config.golc_bin))
config.environment["PATH"] = os.pathsep.join(
    [config.llvm_tools_dir, config.environment.get("PATH", os.environ.get("PATH", ""))])
for var in ("HOME", "TMPDIR"):
    if var in os.environ:
        config.environment[var] = os.environ[var]

# Differential checks against gc run only where `go` is installed.
if shutil.which("go"):
    config.available_features.add("gc")
if shutil.which("gdb"):
    config.available_features.add("gdb")

# %gorun: build with golc, run, print stdout + stderr + [exit status N]; where
# gc is installed, also fail if gc's build of the program behaves differently.
config.substitutions.append(
    ("%gorun", "python3 %s --golc %s" % (
        os.path.join(config.golc_src_root, "test", "tools", "gorun.py"), config.golc_bin)))
config.substitutions.append(("%examples", os.path.join(config.golc_src_root, "examples")))
# gc's build cache, shared by every differential check of one build tree.
config.environment["GOCACHE"] = os.path.join(config.golc_obj_root, "gocache")
config.environment["GOFLAGS"] = "-buildvcs=false"
# %expect-exit N cmd...: succeeds only if cmd exits with status N.
config.substitutions.append(
    ("%expect-exit", "python3 %s" % os.path.join(config.golc_src_root, "test", "tools", "expect-exit.py")))

# test/runtime and test/debug build C and C++ programs against the runtime
# archive, with frame pointers as golc's code has them, linked as golc links
# Go programs (no-pie, libgc), plus -rdynamic for boot.cpp, which names
# frames with dladdr:
#   %clang %runtime_cflags prog.c %runtime_link -o %t
# In a -DGOLC_TSAN=ON build (runtime/CMakeLists.txt) the runtime and the
# test programs are built with ThreadSanitizer, which fails a test (exit 66)
# on its first report.
tsan = " -fsanitize=thread -DGOLC_TSAN=1" if getattr(config, "golc_tsan", False) else ""
if tsan:
    config.available_features.add("tsan")
    config.environment["TSAN_OPTIONS"] = "halt_on_error=1:exitcode=66"
config.substitutions.append(("%clang", os.path.join(config.llvm_tools_dir, "clang")))
config.substitutions.append(
    ("%runtime_cflags", "-g -fno-omit-frame-pointer -I" + os.path.join(config.golc_src_root, "runtime") + tsan))
config.substitutions.append(
    ("%runtime_link", "%s -lgc -lpthread -no-pie -rdynamic -fuse-ld=lld%s" %
     (os.path.join(config.golc_runtime_dir, "libgolcrt.a"), tsan)))

# tools/abigen and the compiler's sources, for the runtime-layout tests.
config.substitutions.append(("%abigen", os.path.join(config.golc_obj_root, "bin", "abigen")))
config.substitutions.append(("%srcroot", config.golc_src_root))
config.substitutions.append(
    ("%resource_dir", os.path.join(os.path.dirname(config.llvm_tools_dir), "lib", "clang", "19")))
