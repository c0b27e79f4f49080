//! Screenshots straight from the X server. WebKitWebDriver's own screenshot command
//! never answers when compositing is disabled (WEBKIT_DISABLE_COMPOSITING_MODE), which
//! the kiosk's GPU-less PCs and CI need, so the harness reads the display instead.

use std::error::Error;

use x11rb::connection::Connection;
use x11rb::protocol::xproto::{ConnectionExt, ImageFormat, ImageOrder};

/// PNG of the rectangle `(x, y, width, height)` of display `display` (e.g. ":91").
pub fn window_png(display: &str, rect: (u64, u64, u64, u64)) -> Result<Vec<u8>, Box<dyn Error>> {
    let (conn, screen_index) = x11rb::connect(Some(display))?;
    let setup = conn.setup();
    let screen = &setup.roots[screen_index];
    let clamp = |v: u64, max: u16| u16::try_from(v).unwrap_or(max).min(max);
    let x = clamp(rect.0, screen.width_in_pixels);
    let y = clamp(rect.1, screen.height_in_pixels);
    let width = clamp(rect.2, screen.width_in_pixels - x).max(1);
    let height = clamp(rect.3, screen.height_in_pixels - y).max(1);

    let image = conn
        .get_image(
            ImageFormat::Z_PIXMAP,
            screen.root,
            x as i16,
            y as i16,
            width,
            height,
            !0,
        )?
        .reply()?;
    // Xvfb at depth 24 stores pixels as 32-bit little-endian BGRX.
    let bits = setup
        .pixmap_formats
        .iter()
        .find(|f| f.depth == image.depth)
        .map(|f| f.bits_per_pixel);
    if bits != Some(32) || setup.image_byte_order != ImageOrder::LSB_FIRST {
        return Err(format!(
            "unexpected X pixel format: depth {}, {bits:?} bpp",
            image.depth
        )
        .into());
    }
    let rgb: Vec<u8> = image
        .data
        .chunks_exact(4)
        .flat_map(|px| [px[2], px[1], px[0]])
        .collect();

    let mut png = Vec::new();
    let mut encoder = png::Encoder::new(&mut png, u32::from(width), u32::from(height));
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.write_header()?.write_image_data(&rgb)?;
    Ok(png)
}
