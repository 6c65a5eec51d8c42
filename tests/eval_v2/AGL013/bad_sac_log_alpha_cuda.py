import torch
import torch.nn as nn

torch.manual_seed(0)


class SACAgent:
    def __init__(self, action_dim):
        self.actor = nn.Linear(4, 2 * action_dim)
        self.target_entropy = -float(action_dim)
        self.log_alpha = torch.zeros(1, requires_grad=True).cuda()  # expect: AGL013
        self.alpha_opt = torch.optim.Adam([self.log_alpha], lr=3e-4)


agent = SACAgent(action_dim=2)
