#if canImport(CMalloc)
import CMalloc

// A scan builds and frees arrays the size of the text several times over. glibc hands large
// blocks out as fresh mmap regions and unmaps them on free, so each phase faults in and zeroes
// new pages; keeping freed memory in the heap lets later phases reuse it (on the 100 MB bench
// text about 7 % less scan CPU for about 10 % more peak memory). The process is short-lived:
// memory kept until exit costs nothing.
mallopt(M_MMAP_MAX, 0)
mallopt(M_TRIM_THRESHOLD, Int32.max)
#endif

import BlacklineCLI
BlacklineCLI.main()
