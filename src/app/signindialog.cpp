#include "signindialog.h"

#include "ui_signindialog.h"

#include "authorizecallbackserver.h"
#include "credentialstore.h"
#include "httpclient.h"
#include "httpreply.h"
#include "httpresult.h"
#include "synccontroller.h"
#include "syncengine.h"
#include "syncerror.h"
#include "wordpresstarget.h"

#include <QDesktopServices>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Wiredesk {

SignInDialog::SignInDialog(SyncController *controller, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SignInDialog>())
    , m_controller(controller)
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    m_ui->setupUi(this);
    m_ui->progressBar->hide();
    connect(m_ui->signInButton, &QPushButton::clicked, this, &SignInDialog::signIn);
    connect(m_ui->browserButton, &QPushButton::clicked, this, &SignInDialog::signInWithBrowser);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(this, &QDialog::rejected, this, [this] {
        if (m_reply)
            m_reply->cancel();
        if (m_callback)
            m_callback->close();
    });
    // Start from the site signed in last, if any.
    const QString current = controller->currentTarget();
    for (const SyncController::Target &target : controller->targets()) {
        if (target.name == current && target.kind == u"wordpress"_s)
            setSite(target.url, target.user);
    }
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::setSite(const QUrl &site, const QString &user)
{
    m_ui->siteEdit->setText(site.toString());
    if (!user.isEmpty())
        m_ui->userEdit->setText(user);
}

void SignInDialog::setPassword(const QString &password)
{
    m_ui->passwordEdit->setText(password);
}

QString SignInDialog::statusText() const
{
    return m_ui->statusLabel->text();
}

QUrl SignInDialog::pendingCallbackUrl() const
{
    return m_callback && m_callback->isListening() ? m_callback->callbackUrl() : QUrl();
}

QString SignInDialog::targetNameFor(const QUrl &site)
{
    return site.port() > 0 ? site.host() + u':' + QString::number(site.port()) : site.host();
}

QUrl SignInDialog::normalizedSite(const QString &text)
{
    QString typed = text.trimmed();
    if (typed.isEmpty())
        return {};
    if (!typed.contains(u"://"_s))
        typed.prepend(u"https://"_s);
    QUrl url(typed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s))
        return {};
    url = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path);
    return url;
}

void SignInDialog::setBusy(bool busy, const QString &message)
{
    m_busy = busy;
    m_ui->progressBar->setVisible(busy);
    m_ui->signInButton->setEnabled(!busy);
    m_ui->browserButton->setEnabled(!busy);
    m_ui->siteEdit->setEnabled(!busy);
    m_ui->userEdit->setEnabled(!busy);
    m_ui->passwordEdit->setEnabled(!busy);
    m_ui->statusLabel->setText(message);
}

void SignInDialog::fail(const QString &message)
{
    setBusy(false, message);
    Q_EMIT failed(message);
}

bool SignInDialog::confirmTransport(const QUrl &site)
{
    if (SyncEngine::mayCarryCredentials(site, false))
        return true;
    const auto answer = QMessageBox::warning(this, tr("Unencrypted Connection"),
        tr("%1 is plain http to another machine. Your user name and Application Password would travel "
           "unencrypted and could be read on the way.\n\nUse https if the site offers it. Send them anyway?")
            .arg(site.host()),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    return answer == QMessageBox::Yes;
}

void SignInDialog::signIn()
{
    const QUrl site = normalizedSite(m_ui->siteEdit->text());
    const QString user = m_ui->userEdit->text().trimmed();
    const QString password = m_ui->passwordEdit->text().trimmed();
    if (!site.isValid())
        return fail(tr("Enter the site's address, for example https://news.example.org."));
    if (user.isEmpty() || password.isEmpty())
        return fail(tr("Enter your user name and an Application Password."));
    const bool insecure = !SyncEngine::mayCarryCredentials(site, false);
    if (!confirmTransport(site))
        return fail(tr("Not signed in: nothing was sent."));
    verify(site, user, password, insecure);
}

void SignInDialog::signInWithBrowser()
{
    const QUrl site = normalizedSite(m_ui->siteEdit->text());
    if (!site.isValid())
        return fail(tr("Enter the site's address first, for example https://news.example.org."));
    // The password comes back over loopback, but is then sent to the site with every request.
    const bool insecure = !SyncEngine::mayCarryCredentials(site, false);
    if (!confirmTransport(site))
        return fail(tr("Not signed in: nothing was sent."));
    m_callback = std::make_unique<AuthorizeCallbackServer>();
    if (!m_callback->listen())
        return fail(tr("Wiredesk cannot wait for the browser: %1").arg(m_callback->errorString()));
    m_browserSite = site;
    m_browserAllowInsecure = insecure;
    connect(m_callback.get(), &AuthorizeCallbackServer::approved, this,
        [this](const QUrl &siteUrl, const QString &user, const QString &password) {
            Q_UNUSED(siteUrl) // the REST API lives under the address the user gave
            m_ui->userEdit->setText(user);
            verify(m_browserSite, user, password, m_browserAllowInsecure);
        });
    connect(m_callback.get(), &AuthorizeCallbackServer::rejected, this, [this](const QString &reason) {
        fail(reason == u"disabled"_s
                ? tr("The site has Application Passwords turned off, so Wiredesk cannot sign in. Ask its "
                     "administrator to allow them.")
                : tr("The connection was not approved in the browser. Nothing was stored."));
    });
    const QUrl page = m_callback->authorizeUrl(site, tr("Wiredesk"), QString::fromLatin1(AppId));
    // WordPress 6.3.2+ only sends the password back to an http (loopback) address when the
    // site's environment type is "local"; other sites show an error page in the browser.
    setBusy(true,
        tr("Approve Wiredesk in your browser; this window continues by itself.\n\nIf the site answers that "
           "“the URL must be served over a secure connection”, it does not hand passwords to desktop apps: "
           "create an Application Password in your WordPress profile and enter it here instead."));
    if (!m_openUrl(page)) {
        m_callback->close();
        fail(tr("No browser could be opened. Open this address yourself:\n%1").arg(page.toString()));
    }
}

void SignInDialog::verify(const QUrl &site, const QString &user, const QString &password, bool allowInsecure)
{
    setBusy(true, tr("Checking the credentials with %1…").arg(site.host()));
    WordPressTarget addresses(site, m_controller->httpClient());
    HttpRequest request(addresses.restUrl(u"/wp/v2/users/me"_s, u"context=edit"_s));
    request.setHeader("Authorization", "Basic "_ba + (user + u':' + password).toUtf8().toBase64());
    request.setHeader("Accept", "application/json");
    request.setTransferTimeout(std::chrono::seconds(20));
    request.setTotalTimeout(std::chrono::seconds(60));
    // Redirects could carry the Authorization header elsewhere: only the same origin.
    request.setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
    m_reply = m_controller->httpClient()->send(request);
    connect(m_reply, &HttpReply::finished, this, [this, site, user, password, allowInsecure](const HttpResult &result) {
        if (!result.isSuccess()) {
            const SyncError error = SyncError::fromWordPress(result);
            if (result.error == HttpResult::Error::Cancelled)
                return setBusy(false, tr("Cancelled."));
            if (error.kind == SyncError::Kind::NeedsSignIn)
                return fail(tr("The site refused the user name or the Application Password (%1).").arg(error.message));
            if (result.status == 404)
                return fail(tr("No WordPress REST API answers at %1.").arg(site.toString()));
            return fail(tr("The site could not be reached: %1").arg(error.message));
        }
        const QJsonObject me = QJsonDocument::fromJson(result.body).object();
        if (me.value(u"id"_s).toInteger() <= 0)
            return fail(tr("%1 did not answer like a WordPress site.").arg(site.toString()));
        store(site, user, password, allowInsecure);
    });
}

void SignInDialog::store(const QUrl &site, const QString &user, const QString &password, bool allowInsecure)
{
    setBusy(true, tr("Storing the password in the system keychain…"));
    const QPointer<SignInDialog> self(this);
    m_controller->credentials()->store(
        site, user, password, [this, self, site, user, password, allowInsecure](const SyncError &error) {
            if (!self)
                return;
            if (!error.ok())
                return fail(error.message); // says the keychain is missing; nothing was stored elsewhere
            const QString name = targetNameFor(site);
            QString why;
            if (!m_controller->saveTarget(
                    SyncController::Target {name, u"wordpress"_s, site, user, allowInsecure}, &why))
                return fail(why);
            m_controller->signedIn(name, user, password);
            m_targetName = name;
            m_signedIn = true;
            m_ui->passwordEdit->clear();
            setBusy(false, tr("Signed in to %1 as %2.").arg(site.host(), user));
            Q_EMIT signedIn(name);
            accept();
        });
}

} // namespace Wiredesk
