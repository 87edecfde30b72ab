//! Conservative scanning of the native stack and callee-saved registers.

use crate::tracer::Tracer;

/// Spills the callee-saved registers into a local array and scans every
/// word from the current stack pointer up to `base` (exclusive)
/// conservatively.
///
/// Must not be inlined: its own frame (holding the spilled registers) has to
/// lie below all frames of its callers.
///
/// # Safety
/// `base` must be an address inside (or just past) the current thread's
/// stack, above the current stack pointer, and the stack between them must
/// be readable.
#[inline(never)]
pub(crate) unsafe fn scan_stack(tracer: &mut Tracer, base: usize) {
    let mut regs = [0usize; REGS];
    let sp = spill(&mut regs);
    // The array might sit below the stack pointer (red zone); include it.
    let mut p = sp.min(regs.as_ptr() as usize) & !(std::mem::size_of::<usize>() - 1);
    while p < base {
        // SAFETY: [sp, base) is this thread's live stack (caller contract);
        // volatile keeps the compiler from reasoning about the contents.
        let w = unsafe { std::ptr::read_volatile(p as *const usize) };
        tracer.mark_conservative(w);
        p += std::mem::size_of::<usize>();
    }
    std::hint::black_box(&regs);
}

/// Words reserved for spilled registers.
const REGS: usize = 32;

/// Stores callee-saved registers into `regs` and returns the stack pointer.
#[inline(always)]
fn spill(regs: &mut [usize; REGS]) -> usize {
    let sp: usize;
    #[cfg(target_arch = "x86_64")]
    // SAFETY: only stores into `regs` (32 words; we write at most 26) and
    // reads rsp. rdi/rsi are callee-saved on Windows only, but saving them
    // everywhere is harmless.
    unsafe {
        std::arch::asm!(
            "mov [{r}], rbx",
            "mov [{r} + 8], rbp",
            "mov [{r} + 16], r12",
            "mov [{r} + 24], r13",
            "mov [{r} + 32], r14",
            "mov [{r} + 40], r15",
            "mov [{r} + 48], rdi",
            "mov [{r} + 56], rsi",
            "mov {sp}, rsp",
            r = in(reg) regs.as_mut_ptr(),
            sp = out(reg) sp,
            options(nostack, preserves_flags),
        );
        #[cfg(windows)]
        std::arch::asm!(
            "movdqu [{r} + 64], xmm6",
            "movdqu [{r} + 80], xmm7",
            "movdqu [{r} + 96], xmm8",
            "movdqu [{r} + 112], xmm9",
            "movdqu [{r} + 128], xmm10",
            "movdqu [{r} + 144], xmm11",
            "movdqu [{r} + 160], xmm12",
            "movdqu [{r} + 176], xmm13",
            "movdqu [{r} + 192], xmm14",
            "movdqu [{r} + 208], xmm15",
            r = in(reg) regs.as_mut_ptr(),
            options(nostack, preserves_flags),
        );
    }
    #[cfg(target_arch = "aarch64")]
    // SAFETY: only stores into `regs` (32 words; we write 19) and reads sp.
    unsafe {
        std::arch::asm!(
            "stp x19, x20, [{r}]",
            "stp x21, x22, [{r}, #16]",
            "stp x23, x24, [{r}, #32]",
            "stp x25, x26, [{r}, #48]",
            "stp x27, x28, [{r}, #64]",
            "str x29, [{r}, #80]",
            "stp d8, d9, [{r}, #88]",
            "stp d10, d11, [{r}, #104]",
            "stp d12, d13, [{r}, #120]",
            "stp d14, d15, [{r}, #136]",
            "mov {sp}, sp",
            r = in(reg) regs.as_mut_ptr(),
            sp = out(reg) sp,
            options(nostack, preserves_flags),
        );
    }
    #[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64")))]
    {
        // No register spill available: approximate sp by a local's address.
        let local = 0usize;
        sp = std::hint::black_box(&local) as *const usize as usize;
        std::hint::black_box(&mut *regs);
    }
    sp
}
