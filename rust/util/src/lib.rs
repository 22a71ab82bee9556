// SPDX-License-Identifier: GPL-2.0-or-later

pub mod bindings;
pub mod error;
pub mod log;
pub mod module;
pub mod timer;

pub use error::{Error, Result, ResultExt};
