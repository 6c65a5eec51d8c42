from dataclasses import dataclass

import torch

torch.manual_seed(0)


@dataclass
class Posterior:
    mu: torch.Tensor
    log_var: torch.Tensor

    def sample(self):
        eps = torch.randn_like(self.mu)
        return self.mu + torch.exp(0.5 * self.log_var) * eps


mu = torch.zeros(4, 2, requires_grad=True)
log_var = torch.zeros(4, 2, requires_grad=True)
post = Posterior(mu, log_var)
z = post.sample()
recon = (z ** 2).sum()
recon.backward()
z_grad = z.grad  # expect: AGL001
print("mu grad:", mu.grad.sum().item(), "z grad:", z_grad)
