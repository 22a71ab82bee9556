// SPDX-License-Identifier: GPL-2.0-or-later

pub use qemu_macros::Device;
pub use qom;

pub mod bindings;

mod irq;
pub use irq::*;

mod qdev;
pub use qdev::*;

mod sysbus;
pub use sysbus::*;
