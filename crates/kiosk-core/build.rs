// The locales are embedded with include_dir!, which cargo cannot see; rebuild when they change.
fn main() {
    println!("cargo:rerun-if-changed=../../locales");
    println!("cargo:rerun-if-changed=src/store/migrations");
    println!("cargo:rerun-if-changed=../../assets/catalog");
}
