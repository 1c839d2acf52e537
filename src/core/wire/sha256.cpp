#include "sha256.h"

#include <QCryptographicHash>

#include <openssl/evp.h>

#include <memory>

namespace Wiredesk {

namespace {

// Fetched once: EVP_sha256() would look the implementation up in the provider on every init.
const EVP_MD *sha256Method()
{
    static EVP_MD *const method = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return method;
}

struct ContextFree {
    void operator()(EVP_MD_CTX *context) const { EVP_MD_CTX_free(context); }
};

// One context per thread, reused: allocating one per digest costs more than hashing a
// short item.
EVP_MD_CTX *threadContext()
{
    thread_local const std::unique_ptr<EVP_MD_CTX, ContextFree> context(EVP_MD_CTX_new());
    return context.get();
}

} // namespace

QByteArray Sha256::digest(QByteArrayView data)
{
    const EVP_MD *method = sha256Method();
    EVP_MD_CTX *context = threadContext();
    QByteArray out(DigestSize, Qt::Uninitialized);
    unsigned int length = 0;
    if (method && context && EVP_DigestInit_ex2(context, method, nullptr) == 1
        && EVP_DigestUpdate(context, data.data(), size_t(data.size())) == 1
        && EVP_DigestFinal_ex(context, reinterpret_cast<unsigned char *>(out.data()), &length) == 1
        && length == DigestSize)
        return out;
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

QByteArray Sha256::hexDigest(QByteArrayView data)
{
    return digest(data).toHex();
}

} // namespace Wiredesk
