//! Screenshots straight from the X server. WebKitWebDriver's own screenshot command
//! never answers when compositing is disabled (WEBKIT_DISABLE_COMPOSITING_MODE), which
//! the kiosk's GPU-less PCs and CI need, so the harness reads the display instead.

use std::error::Error;

use x11rb::connection::Connection;
use x11rb::protocol::xproto::{ConnectionExt, ImageFormat, ImageOrder};

/// What a rectangle of the display shows: 8-bit RGB, row by row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Frame {
    pub width: u32,
    pub height: u32,
    pub rgb: Vec<u8>,
}

impl Frame {
    /// The share (0 to 1) of pixels in rows `from..to` (fractions of the height) that
    /// differ from `other`'s; 1 when the frames are not the same size.
    pub fn changed_share(&self, other: &Frame, from: f64, to: f64) -> f64 {
        if (self.width, self.height) != (other.width, other.height) {
            return 1.0;
        }
        let row = self.width as usize * 3;
        let first = (f64::from(self.height) * from) as usize * row;
        let last = (f64::from(self.height) * to) as usize * row;
        let (a, b) = (&self.rgb[first..last], &other.rgb[first..last]);
        let pixels = a.len() / 3;
        let changed = a
            .chunks_exact(3)
            .zip(b.chunks_exact(3))
            .filter(|(p, q)| p != q)
            .count();
        changed as f64 / pixels.max(1) as f64
    }

    pub fn png(&self) -> Result<Vec<u8>, Box<dyn Error>> {
        let mut png = Vec::new();
        let mut encoder = png::Encoder::new(&mut png, self.width, self.height);
        encoder.set_color(png::ColorType::Rgb);
        encoder.set_depth(png::BitDepth::Eight);
        encoder.write_header()?.write_image_data(&self.rgb)?;
        Ok(png)
    }
}

/// PNG of the rectangle `(x, y, width, height)` of display `display` (e.g. ":91").
pub fn window_png(display: &str, rect: (u64, u64, u64, u64)) -> Result<Vec<u8>, Box<dyn Error>> {
    window_frame(display, rect)?.png()
}

/// What the rectangle `(x, y, width, height)` of display `display` shows.
pub fn window_frame(display: &str, rect: (u64, u64, u64, u64)) -> Result<Frame, Box<dyn Error>> {
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
    Ok(Frame {
        width: u32::from(width),
        height: u32::from(height),
        rgb,
    })
}
