// SPDX-License-Identifier: GPL-2.0-or-later

pub mod bindings;

mod chardev;
pub use chardev::*;
