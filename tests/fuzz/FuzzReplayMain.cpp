// The corpus replay for builds without libFuzzer (gcc, the normal test run): feeds every file of the
// given directories (or single files) once to the target's LLVMFuzzerTestOneInput, so an input that once
// crashed keeps being tested. A directory without any file is an error: a wrong path must not pass.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

bool readFile(const std::filesystem::path& path, std::vector<uint8_t>* bytes)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return false;
    bytes->assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return !in.bad();
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s CORPUS_DIR_OR_FILE...\n", argv[0]);
        return 2;
    }
    namespace fs = std::filesystem;
    int total = 0;
    for (int i = 1; i < argc; ++i) {
        std::vector<fs::path> files;
        std::error_code error;
        if (fs::is_directory(argv[i], error)) {
            for (const auto& entry : fs::recursive_directory_iterator(argv[i], error))
                if (entry.is_regular_file())
                    files.push_back(entry.path());
        } else if (fs::is_regular_file(argv[i], error)) {
            files.emplace_back(argv[i]);
        }
        if (files.empty()) {
            std::fprintf(stderr, "%s: no inputs in %s\n", argv[0], argv[i]);
            return 2;
        }
        std::sort(files.begin(), files.end());
        for (const fs::path& file : files) {
            std::vector<uint8_t> bytes;
            if (!readFile(file, &bytes)) {
                std::fprintf(stderr, "%s: cannot read %s\n", argv[0], file.c_str());
                return 2;
            }
            // Printed first so a crash names its input.
            std::fprintf(stderr, "input %s\n", file.c_str());
            // Exactly the input's size on the heap, as libFuzzer passes it (ASan sees any over-read).
            LLVMFuzzerTestOneInput(bytes.data(), bytes.size());
            ++total;
        }
    }
    std::printf("replayed %d inputs\n", total);
    return 0;
}
